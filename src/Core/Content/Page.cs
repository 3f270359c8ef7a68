using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.Content;

/// <summary>
/// A node in a municipality's page tree, or in the portal's own tree when <see cref="MunicipalityId"/> is null.
/// The text lives in one <see cref="PageVariant"/> per culture.
/// </summary>
public sealed class Page
{
    public Guid Id { get; set; }

    public Guid? MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public Guid? ParentId { get; set; }

    public Page? Parent { get; set; }

    public required string Slug { get; set; }

    public int SortOrder { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<PageVariant> Variants { get; set; } = [];

    public PageVariant? Variant(string culture) => Variants.FirstOrDefault(v => v.Culture == culture);
}
