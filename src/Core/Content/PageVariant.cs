namespace IntegrationsNetz.Core.Content;

public enum PageState
{
    Draft,
    Published,
    PublishedWithChanges,
}

public enum TranslationStatus
{
    UpToDate,
    Outdated,
    Missing,
}

/// <summary>
/// One culture of a page. The draft (<see cref="Title"/>, <see cref="Body"/>) is what editors work on;
/// the published copy is what visitors see, so saving never changes the live site by accident.
/// </summary>
public sealed class PageVariant
{
    public Guid Id { get; set; }

    public Guid PageId { get; set; }

    public Page? Page { get; set; }

    public required string Culture { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown source; rendered and sanitised on the way out.</summary>
    public required string Body { get; set; }

    public string? PublishedTitle { get; set; }

    public string? PublishedBody { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>The revision visitors see, so the history can mark it.</summary>
    public int? PublishedRevision { get; set; }

    public DateTime? PublishAt { get; set; }

    public DateTime? UnpublishAt { get; set; }

    /// <summary>Counts changes of title or body; the history keeps one version per revision.</summary>
    public int Revision { get; set; }

    /// <summary>
    /// For translations: the fingerprint of the German text this translation was made from. A content hash rather than
    /// a revision number, so translation status survives export and import into another installation.
    /// </summary>
    public string? SourceFingerprint { get; set; }

    /// <summary>A short stable hash of title and body, used to tell whether translations are outdated.</summary>
    public string Fingerprint => TextFingerprint.Of(Title, Body);

    public DateTime UpdatedAt { get; set; }

    public bool IsPublished => PublishedTitle is not null;

    public PageState State =>
        !IsPublished ? PageState.Draft
        : PublishedTitle == Title && PublishedBody == Body ? PageState.Published
        : PageState.PublishedWithChanges;
}
