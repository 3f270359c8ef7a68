using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Content.BackOffice;

/// <summary>The versions of one variant, newest first, each restorable.</summary>
[Authorize(Policy = Policies.Content)]
public sealed class PageHistoryModel(PortalDbContext db, PageService pages, ContentAccess access, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute(Name = "culture")]
    public string CultureKey { get; set; } = PortalCulture.SourceKey;

    public string Title { get; private set; } = string.Empty;

    public int CurrentRevision { get; private set; }

    public int? PublishedRevision { get; private set; }

    public IReadOnlyList<PageVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRollbackAsync(int revision, bool publish, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await pages.RollbackAsync(Id, CultureKey, revision, publish, UserName, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Status(text[publish ? "History_RolledBackPublished" : "History_RolledBack", revision]);
        return Redirect($"/backoffice/pages/{Id}/{CultureKey}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var variant = await db.PageVariants.AsNoTracking().Include(v => v.Page)
            .FirstOrDefaultAsync(v => v.PageId == Id && v.Culture == CultureKey, ct);
        if (variant is null || !await access.MayEditAsync(User, variant.Page!.MunicipalityId))
        {
            return false;
        }

        (Title, CurrentRevision, PublishedRevision) = (variant.Title, variant.Revision, variant.PublishedRevision);
        Versions = await db.PageVersions.AsNoTracking().Where(v => v.PageVariantId == variant.Id)
            .OrderByDescending(v => v.Revision).ThenByDescending(v => v.CreatedAt).ToListAsync(ct);
        return true;
    }
}
