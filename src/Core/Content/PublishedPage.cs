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
}

/// <summary>A link to a published page, titled in the visitor's culture where it exists.</summary>
public sealed record PageLink(string Title, string Path, string Culture);
