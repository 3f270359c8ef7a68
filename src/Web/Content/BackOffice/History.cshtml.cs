using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Core.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Content.BackOffice;

/// <summary>The versions of one variant, newest first, each restorable.</summary>
[Authorize(Policy = Policies.Content)]
public sealed class PageHistoryModel(PageService pages, IStringLocalizer<SharedResource> text) : BackOfficePageModel
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

        var result = await pages.RollbackAsync(Id, CultureKey, revision, publish, StaffActor.Of(User), ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Status(text[publish ? "History_RolledBackPublished" : "History_RolledBack", revision]);
        return Redirect($"/backoffice/pages/{Id}/{CultureKey}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await pages.VersionsAsync(Id, CultureKey, StaffActor.Of(User), ct) is not { } found)
        {
            return false;
        }

        var (variant, versions) = found;
        (Title, CurrentRevision, PublishedRevision, Versions) = (variant.Title, variant.Revision, variant.PublishedRevision, versions);
        return true;
    }
}
