using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Review;

/// <summary>A goal to look at again: due within the next days, or overdue.</summary>
public sealed record DueGoal(Guid CaseId, string CaseCode, Guid GoalId, GoalArea Area, DateOnly ReviewDate, bool Overdue);

/// <summary>Wiedervorlage: goals due and overdue for review, on the start page and in a daily digest mail.</summary>
public sealed class ReviewService(PortalDbContext db, CaseAccess access, MailOutbox outbox, TimeProvider time)
{
    public const int DaysAhead = 7;

    /// <summary>Due goals of the cases the viewer is responsible for or stands in for.</summary>
    public async Task<IReadOnlyList<DueGoal>> DueForAsync(CaseViewer viewer, CancellationToken ct = default)
    {
        var covered = viewer.CoveredUserIds.Append(viewer.UserId).ToList();
        var cases = access.Visible(viewer).Where(c => covered.Contains(c.OwnerId) || (c.PartnerId != null && covered.Contains(c.PartnerId.Value)));
        return await DueAsync(cases, ct);
    }

    /// <summary>
    /// One digest per manager with anything due, through the outbox. The mail names case codes and counts only;
    /// goal texts stay in the case.
    /// </summary>
    public async Task<int> SendDigestsAsync(string baseUrl, CancellationToken ct = default)
    {
        var open = db.Set<Case>().Where(c => c.Status != CaseStatus.Closed);
        var due = await DueAsync(open, ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var caseIds = due.Select(d => d.CaseId).Distinct().ToList();
        var responsible = await db.Set<Case>().AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.OwnerId, c.PartnerId }).ToListAsync(ct);
        var byUser = responsible
            .SelectMany(c => new[] { c.OwnerId, c.PartnerId }.OfType<Guid>().Select(u => (User: u, Case: c.Id)))
            .GroupBy(x => x.User, x => x.Case);
        var userIds = byUser.Select(g => g.Key).ToList();
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var sent = 0;
        foreach (var group in byUser)
        {
            if (emails.GetValueOrDefault(group.Key) is not { } email)
            {
                continue;
            }

            var mine = due.Where(d => group.Contains(d.CaseId)).ToList();
            outbox.Enqueue(email, "review-digest", "de", new Dictionary<string, string>
            {
                ["Overdue"] = mine.Count(d => d.Overdue).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Due"] = mine.Count(d => !d.Overdue).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Cases"] = string.Join(", ", mine.Select(d => d.CaseCode).Distinct().Order(StringComparer.Ordinal)),
                ["Link"] = $"{baseUrl.TrimEnd('/')}/backoffice/cases/review",
            });
            sent++;
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }

    private async Task<IReadOnlyList<DueGoal>> DueAsync(IQueryable<Case> cases, CancellationToken ct)
    {
        var today = CaseDay.Today(time);
        var until = today.AddDays(DaysAhead);
        var rows = await (from c in cases
                          join g in db.Set<Goal>() on c.Id equals g.CaseId
                          where c.Status != CaseStatus.Closed
                                && (g.Status == GoalStatus.Open || g.Status == GoalStatus.InProgress)
                                && g.ReviewDate != null && g.ReviewDate <= until
                          select new { c.Id, c.Code, GoalId = g.Id, g.Area, ReviewDate = g.ReviewDate!.Value }).ToListAsync(ct);
        return rows.Select(r => new DueGoal(r.Id, r.Code, r.GoalId, r.Area, r.ReviewDate, r.ReviewDate < today))
            .OrderBy(r => r.ReviewDate).ThenBy(r => r.CaseCode, StringComparer.Ordinal).ToList();
    }
}
