using System.Security.Claims;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Web.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Dashboard;

/// <summary>
/// The host's part of the start page's to-do list: for editors and coordinators the outdated translations per
/// municipality and the pages waiting for their scheduled publication; for coordinators and administrators the
/// volunteers waiting for approval and mails that could not be delivered. Within the user's municipalities.
/// </summary>
public sealed class StaffTasks(
    PortalDbContext db, ContentAccess access, Core.Volunteers.VolunteerService volunteers, OutboxService outbox,
    IStringLocalizer<SharedResource> text, TimeProvider time) : IDashboardTasks
{
    public async Task<IReadOnlyList<DashboardTask>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var tasks = new List<DashboardTask>();
        var actor = StaffActor.Of(user);
        var coordinates = user.IsInRole(Core.Accounts.Roles.Coordinator) || user.IsInRole(Core.Accounts.Roles.Administrator);
        if (coordinates)
        {
            Add(tasks, await volunteers.AwaitingApprovalCountAsync(actor, ct), "Tasks_AwaitingApproval", "/backoffice/volunteers", urgent: true);
            Add(tasks, await outbox.CountAsync(actor, OutboxStatus.Failed, ct), "Tasks_MailsFailed", "/backoffice/outbox", urgent: true);
            Add(tasks, await volunteers.ConductChecksDueCountAsync(actor, ct), "Tasks_ConductChecksDue", "/backoffice/volunteers");
        }

        if (!coordinates && !user.IsInRole(Core.Accounts.Roles.Editor))
        {
            return tasks;
        }

        var scope = (await access.MunicipalitiesAsync(user))?.ToList();
        var pages = await db.Pages.AsNoTracking().Include(p => p.Variants).Include(p => p.Municipality)
            .Where(p => p.MunicipalityId != null && (scope == null || scope.Contains(p.MunicipalityId.Value)))
            .ToListAsync(ct);
        foreach (var municipality in pages.GroupBy(p => p.Municipality!).OrderBy(g => g.Key.Name))
        {
            var outdated = TranslationWork.Of(municipality).Where(t => t.Outdated).ToList();
            if (outdated.Count > 0)
            {
                // A single one leads straight to its editor; several to the municipality's page list, which shows them all.
                tasks.Add(outdated.Count == 1
                    ? new DashboardTask(text["Tasks_OutdatedIn_One", municipality.Key.Name], outdated[0].Url)
                    : new DashboardTask(text["Tasks_OutdatedIn_Many", outdated.Count, municipality.Key.Name], $"/backoffice/pages?owner={municipality.Key.Slug}"));
            }
        }

        Add(tasks, pages.SelectMany(p => p.Variants).Count(v => v.PublishAt is not null), "Tasks_Scheduled", "/backoffice/pages");

        var dueBefore = Core.Offers.OfferChecks.DueBefore(Clock.TodayInGermany(time));
        var notChecked = await db.Offers.CountAsync(o => (o.LastCheckedOn == null || o.LastCheckedOn < dueBefore)
            && (scope == null || o.Municipalities.Any(m => scope.Contains(m.Id))), ct);
        Add(tasks, notChecked, "Tasks_OffersUnchecked", "/backoffice/offers?unchecked=true");
        return tasks;
    }

    private void Add(List<DashboardTask> tasks, int count, string key, string url, bool urgent = false)
    {
        if (count > 0)
        {
            tasks.Add(new DashboardTask(count == 1 ? text[key + "_One"] : text[key + "_Many", count], url, urgent));
        }
    }
}
