using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Content.BackOffice;

public sealed record OwnerOption(string Slug, string Name, Guid? Id);

public sealed record PageCell(string Css);

public sealed record PageRow(Guid Id, string Path, string Title, IReadOnlyDictionary<string, PageCell> Cells);

[Authorize(Policy = Policies.Content)]
public sealed class PagesIndexModel(PortalDbContext db, ContentAccess access) : BackOfficePageModel
{
    public const string PortalOwner = "_portal";

    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    public string? OwnerName { get; private set; }

    public IReadOnlyList<OwnerOption> Owners { get; private set; } = [];

    public IReadOnlyList<PageRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Owners = await OwnersAsync(db, access, User, ct);
        Owner ??= Owners.FirstOrDefault()?.Slug;
        var owner = Owners.FirstOrDefault(o => o.Slug == Owner);
        if (owner is null)
        {
            Owner = null;
            return Page();
        }

        OwnerName = owner.Name;
        var pages = await db.Pages.AsNoTracking().Include(p => p.Variants)
            .Where(p => p.MunicipalityId == owner.Id).ToListAsync(ct);
        Rows = pages.Select(p => new PageRow(p.Id, PagePaths.Of(p, pages), p.Variant(PortalCulture.SourceKey)?.Title ?? p.Slug,
                PortalCulture.All.ToDictionary(c => c.Key, c => Cell(p, c.Key))))
            .OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        return Page();
    }

    internal static async Task<IReadOnlyList<OwnerOption>> OwnersAsync(PortalDbContext db, ContentAccess access, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await access.MunicipalitiesAsync(user);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        var options = municipalities.Where(m => scope is null || scope.Contains(m.Id)).Select(m => new OwnerOption(m.Slug, m.Name, m.Id)).ToList();
        if (scope is null)
        {
            options.Add(new OwnerOption(PortalOwner, "Portal (Impressum, Datenschutz …)", null));
        }

        return options;
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
