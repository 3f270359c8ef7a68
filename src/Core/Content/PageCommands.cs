using IntegrationsNetz.Core.Common;

namespace IntegrationsNetz.Core.Content;

public sealed record CreatePage(Guid? MunicipalityId, Guid? ParentId, string Slug, int SortOrder, string Title, string Body)
{
    /// <summary>From a form or API request: without an address of its own, the page takes one made from its title.</summary>
    public static CreatePage From(Guid? municipalityId, Guid? parentId, string? slug, int sortOrder, string? title, string? body) =>
        new(municipalityId, parentId, string.IsNullOrWhiteSpace(slug) ? Slugs.From(title ?? string.Empty) : slug.Trim(), sortOrder, title ?? string.Empty, body ?? string.Empty);
}

public sealed record SaveVariant(Guid PageId, string Culture, string Title, string Body, bool Publish = false);

public sealed record SchedulePage(Guid PageId, string Culture, DateTime? PublishAt, DateTime? UnpublishAt);

/// <summary>A page tree the actor may edit: a municipality's, or the portal's own (<see cref="Id"/> null).</summary>
public sealed record PageOwner(string Slug, string Name, Guid? Id)
{
    public const string PortalSlug = "_portal";
}

/// <summary>The German text a translation was made from (as of <paramref name="ThenAt"/>) and the German text now.</summary>
public sealed record SourceChange(string ThenTitle, string ThenBody, DateTime ThenAt, string NowTitle, string NowBody);
