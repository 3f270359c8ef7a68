using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Content;

/// <summary>Read side of the public site: published pages only, German as the fallback culture.</summary>
public sealed class PageReader(PortalDbContext db, MarkdownRenderer markdown)
{
    /// <summary>The URL segment for the portal's own pages (imprint, privacy, accessibility statement).</summary>
    public const string PortalSegment = "info";

    public Task<List<Municipality>> MunicipalitiesAsync(CancellationToken ct = default) =>
        db.Municipalities.AsNoTracking().Include(m => m.District).OrderBy(m => m.Name).ToListAsync(ct);

    public Task<Municipality?> MunicipalityAsync(string slug, CancellationToken ct = default) =>
        db.Municipalities.AsNoTracking().Include(m => m.District).FirstOrDefaultAsync(m => m.Slug == slug, ct);

    /// <summary>The published top-level pages of a municipality (null: of the portal) for navigation.</summary>
    public async Task<IReadOnlyList<PageLink>> TopLevelAsync(Guid? municipalityId, string culture, CancellationToken ct = default)
    {
        var tree = await PublishedTreeAsync(municipalityId, ct);
        return tree.Where(p => p.ParentId is null).Select(p => Link(p, tree, culture)).OfType<PageLink>().ToList();
    }

    public async Task<PublishedPage?> FindAsync(Guid? municipalityId, string path, string culture, CancellationToken ct = default)
    {
        var tree = await PublishedTreeAsync(municipalityId, ct);
        return Resolve(tree, path) is { } page ? Build(page, tree, culture) : null;
    }

    /// <summary>Every published page of a municipality in one culture (German where the culture is missing).</summary>
    public async Task<IReadOnlyList<PublishedPage>> ListAsync(Guid? municipalityId, string culture, CancellationToken ct = default)
    {
        var tree = await PublishedTreeAsync(municipalityId, ct);
        return tree.Select(p => Build(p, tree, culture)).OfType<PublishedPage>().OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
    }

    private PublishedPage? Build(Page page, List<Page> tree, string culture)
    {
        var variant = page.Variant(culture) is { IsPublished: true } own ? own : page.Variant(PortalCulture.SourceKey);
        if (variant is not { IsPublished: true })
        {
            return null;
        }

        var breadcrumb = new List<PageLink>();
        for (var parent = tree.FirstOrDefault(p => p.Id == page.ParentId); parent is not null; parent = tree.FirstOrDefault(p => p.Id == parent.ParentId))
        {
            if (Link(parent, tree, culture) is { } link)
            {
                breadcrumb.Insert(0, link);
            }
        }

        return new PublishedPage(
            page.Id,
            variant.PublishedTitle!,
            markdown.ToHtml(variant.PublishedBody!),
            culture,
            variant.Culture,
            PagePaths.Of(page, tree),
            variant.PublishedAt ?? DateTime.MinValue,
            page.Variants.Where(v => v.IsPublished).Select(v => v.Culture).OrderBy(PortalCulture.Order).ToList(),
            tree.Where(p => p.ParentId == page.Id).Select(p => Link(p, tree, culture)).OfType<PageLink>().ToList(),
            breadcrumb)
        {
            SourceChangedAt = SourceChangedSince(page, variant),
        };
    }

    /// <summary>
    /// The German page's publication date when the published German text is not the one the translation was made
    /// from: readers are told, in their language, that the German page says something newer.
    /// </summary>
    private static DateTime? SourceChangedSince(Page page, PageVariant shown)
    {
        var source = page.Variant(PortalCulture.SourceKey);
        if (shown.Culture == PortalCulture.SourceKey || source is not { IsPublished: true })
        {
            return null;
        }

        return shown.SourceFingerprint == TextFingerprint.Of(source.PublishedTitle!, source.PublishedBody!) ? null : source.PublishedAt;
    }

    private async Task<List<Page>> PublishedTreeAsync(Guid? municipalityId, CancellationToken ct)
    {
        // A municipality's tree is small (tens of pages): one query, resolved in memory.
        var pages = await db.Pages.AsNoTracking()
            .Where(p => p.MunicipalityId == municipalityId)
            .Include(p => p.Variants.Where(v => v.PublishedTitle != null))
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Slug)
            .ToListAsync(ct);
        return pages.Where(p => p.Variant(PortalCulture.SourceKey) is not null).ToList();
    }

    private static Page? Resolve(List<Page> tree, string path)
    {
        Page? current = null;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = tree.FirstOrDefault(p => p.ParentId == current?.Id && p.Slug == segment);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static PageLink? Link(Page page, List<Page> tree, string culture)
    {
        var variant = page.Variant(culture) ?? page.Variant(PortalCulture.SourceKey);
        return variant?.PublishedTitle is { } title ? new PageLink(title, PagePaths.Of(page, tree), variant.Culture) : null;
    }
}
