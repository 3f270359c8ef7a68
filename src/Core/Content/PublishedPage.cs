namespace IntegrationsNetz.Core.Content;

/// <summary>What a visitor sees of a page in one culture.</summary>
public sealed record PublishedPage(
    Guid Id,
    string Title,
    string Html,
    string RequestedCulture,
    string ShownCulture,
    string Path,
    DateTime PublishedAt,
    IReadOnlyList<string> AvailableCultures,
    IReadOnlyList<PageLink> Children,
    IReadOnlyList<PageLink> Breadcrumb)
{
    public bool IsFallback => RequestedCulture != ShownCulture;

    /// <summary>
    /// When the German text was changed after this translation was made (its publication date); null while the
    /// translation is current, and for the German page itself.
    /// </summary>
    public DateTime? SourceChangedAt { get; init; }
}

/// <summary>A link to a published page, titled in the visitor's culture where it exists.</summary>
public sealed record PageLink(string Title, string Path, string Culture);
