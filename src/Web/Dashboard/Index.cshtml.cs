using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Dashboard;

public sealed class DashboardModel(PortalDbContext db, UserManager<PortalUser> users, ContentAccess access, Core.Volunteers.VolunteerService volunteers) : BackOfficePageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public bool CanEditContent { get; private set; }

    public int MunicipalityCount { get; private set; }

    public int PageCount { get; private set; }

    public int DraftCount { get; private set; }

    public int OutdatedCount { get; private set; }

    /// <summary>Volunteers of the coordinator's municipalities who confirmed their address and wait for approval.</summary>
    public int AwaitingApproval { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        Roles = user is null ? [] : (await users.GetRolesAsync(user)).ToList();
        CanEditContent = Roles.Any(r => r is Core.Accounts.Roles.Administrator or Core.Accounts.Roles.Coordinator or Core.Accounts.Roles.Editor);
        if (Roles.Any(r => r is Core.Accounts.Roles.Administrator or Core.Accounts.Roles.Coordinator))
        {
            AwaitingApproval = await volunteers.AwaitingApprovalCountAsync(StaffActor.Of(User), ct);
        }

        if (!CanEditContent)
        {
            return;
        }

        var scope = (await access.MunicipalitiesAsync(User))?.ToList();
        var pages = await db.Pages.AsNoTracking().Include(p => p.Variants)
            .Where(p => p.MunicipalityId != null && (scope == null || scope.Contains(p.MunicipalityId.Value)))
            .ToListAsync(ct);
        MunicipalityCount = scope?.Count ?? await db.Municipalities.CountAsync(ct);
        PageCount = pages.Count;
        DraftCount = pages.SelectMany(p => p.Variants).Count(v => v.State != PageState.Published);
        OutdatedCount = pages.Sum(p => PortalCulture.All.Count(c => PageService.TranslationStatusOf(p, c.Key) == TranslationStatus.Outdated));
    }
}
