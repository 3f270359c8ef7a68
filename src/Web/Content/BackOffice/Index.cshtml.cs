using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Core.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Web.Content.BackOffice;

public sealed record PageCell(string Css);

public sealed record PageRow(Guid Id, string Path, string Title, IReadOnlyDictionary<string, PageCell> Cells);

[Authorize(Policy = Policies.Content)]
public sealed class PagesIndexModel(PageService service) : BackOfficePageModel
{
    public const string PortalOwner = PageOwner.PortalSlug;

    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    public string? OwnerName { get; private set; }

    public IReadOnlyList<PageOwner> Owners { get; private set; } = [];

    public IReadOnlyList<PageRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Owners = await service.OwnersAsync(StaffActor.Of(User), ct);
        Owner ??= Owners.FirstOrDefault()?.Slug;
        var owner = Owners.FirstOrDefault(o => o.Slug == Owner);
        if (owner is null)
        {
            Owner = null;
            return Page();
        }

        OwnerName = owner.Name;
        var pages = await service.ListAsync(owner, ct);
        Rows = pages.Select(p => new PageRow(p.Id, PagePaths.Of(p, pages), p.Variant(PortalCulture.SourceKey)?.Title ?? p.Slug,
                PortalCulture.All.ToDictionary(c => c.Key, c => Cell(p, c.Key))))
            .OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        return Page();
    }

    private static PageCell Cell(Page page, string culture) => new(StateOf(page, culture));

    /// <summary>One word for the editor: missing, outdated (translation older than the German text), draft, changed, published.</summary>
    internal static string StateOf(Page page, string culture) =>
        page.Variant(culture) is not { } variant ? "missing"
        : PageService.TranslationStatusOf(page, culture) == TranslationStatus.Outdated ? "outdated"
        : variant.State switch
        {
            PageState.Published => "published",
            PageState.PublishedWithChanges => "changed",
            _ => "draft",
        };
}
