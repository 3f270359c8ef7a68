using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Web.Dashboard;

/// <summary>One translation to bring up to date or to write, with the address of its editor.</summary>
public sealed record TranslationTask(Guid PageId, string PageTitle, string Municipality, PortalCulture Culture, bool Outdated)
{
    public string Url => $"/backoffice/pages/{PageId}/{Culture.Key}";
}

/// <summary>
/// The translations an editor has to work on: those older than the German text first (their readers get outdated
/// facts), then those missing for a published German page; by municipality, page and the language menu's order.
/// </summary>
public static class TranslationWork
{
    /// <summary>How many the start page lists; the rest are in the page list.</summary>
    public const int Shown = 10;

    public static IReadOnlyList<TranslationTask> Of(IEnumerable<Page> pages) =>
        pages.SelectMany(p => PortalCulture.All.Where(c => !c.IsSource).Select(c => (Page: p, Culture: c, Status: PageService.TranslationStatusOf(p, c.Key))))
            .Where(t => t.Status == TranslationStatus.Outdated
                || (t.Status == TranslationStatus.Missing && t.Page.Variant(PortalCulture.SourceKey)?.PublishedAt is not null))
            .Select(t => new TranslationTask(t.Page.Id, t.Page.Variant(PortalCulture.SourceKey)?.Title ?? t.Page.Slug,
                t.Page.Municipality?.Name ?? string.Empty, t.Culture, t.Status == TranslationStatus.Outdated))
            .OrderBy(t => t.Outdated ? 0 : 1)
            .ThenBy(t => t.Municipality, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de"), true))
            .ThenBy(t => t.PageTitle, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de"), true))
            .ThenBy(t => PortalCulture.Order(t.Culture.Key))
            .ToList();
}
