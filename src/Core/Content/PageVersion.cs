namespace IntegrationsNetz.Core.Content;

/// <summary>A saved state of a variant, kept for history and rollback.</summary>
public sealed class PageVersion
{
    public Guid Id { get; set; }

    public Guid PageVariantId { get; set; }

    public int Revision { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>Why the version exists: saved, published, rolled back, imported.</summary>
    public required string Reason { get; set; }
}
