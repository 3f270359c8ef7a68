using System.Security.Claims;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Plugins.CaseMatching.Review;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Dashboard;

/// <summary>
/// A manager's to-do list on the start page: goals overdue and due this week, referrals waiting for an answer,
/// sign-ups waiting for a decision, and substitutions running. Counted over the cases the manager may open, with no
/// case detail on the start page itself; each item links to where the work is done.
/// </summary>
public sealed class CaseWorkTasks(CaseAccess access, ReviewService review, PortalDbContext db, TimeProvider time) : IDashboardTasks
{
    private static readonly ReferralStatus[] Waiting = [ReferralStatus.Suggested, ReferralStatus.Contacted];

    public async Task<IReadOnlyList<DashboardTask>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Core.Accounts.Roles.Manager))
        {
            return [];
        }

        var viewer = await access.ViewerAsync(user, ct);
        var tasks = new List<DashboardTask>();
        var due = await review.DueForAsync(viewer, ct);
        var today = CaseDay.Today(time);
        Add(tasks, due.Count(d => d.Overdue), "Tasks_GoalsOverdue", "/backoffice/cases/review", urgent: true);
        Add(tasks, due.Count(d => !d.Overdue && d.ReviewDate <= today.AddDays(7)), "Tasks_GoalsDueThisWeek", "/backoffice/cases/review");

        var cases = access.Visible(viewer).Where(c => c.Status != CaseStatus.Closed).Select(c => c.Id);
        var referrals = await db.Set<Referral>()
            .CountAsync(r => Waiting.Contains(r.Status) && db.Set<Need>().Any(n => n.Id == r.NeedId && cases.Contains(n.CaseId)), ct);
        Add(tasks, referrals, "Tasks_ReferralsWaiting", "/backoffice/cases");

        var signups = await db.Set<Signup>()
            .CountAsync(s => s.Status == SignupStatus.Pending && s.Request!.CaseId != null && cases.Contains(s.Request.CaseId.Value), ct);
        Add(tasks, signups, "Tasks_SignupsWaiting", "/backoffice/cases");

        var substitutions = await db.Set<Substitution>()
            .CountAsync(s => (s.SubstituteUserId == viewer.UserId || s.AbsentUserId == viewer.UserId) && s.StartsOn <= today && s.EndsOn >= today, ct);
        Add(tasks, substitutions, "Tasks_SubstitutionsRunning", "/backoffice/cases/substitutions");
        return tasks;
    }

    /// <summary>An item only where there is something to do; "1 Ziel ist" and "3 Ziele sind" from their own texts.</summary>
    private static void Add(List<DashboardTask> tasks, int count, string key, string url, bool urgent = false)
    {
        if (count > 0)
        {
            tasks.Add(new DashboardTask(count == 1 ? Texts.Get(key + "_One") : Texts.Format(key + "_Many", count), url, urgent));
        }
    }
}
