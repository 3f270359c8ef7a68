using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Plugins.CaseMatching.Retention;

/// <summary>A case the next retention run deletes, with how much goes with it.</summary>
public sealed record RetentionItem(
    Guid CaseId, string Code, string Municipality, DateOnly ClosedOn, int Goals, int Needs, int Referrals, int Consents, int AccessEntries, bool HasNotes);

/// <summary>
/// Deletes closed cases a configurable number of months after closing, with their notes, consents, plan, needs,
/// referrals and access log, and keeps only anonymous counts per municipality and year.
/// </summary>
public sealed class RetentionService(PortalDbContext db, IOptions<CaseMatchingOptions> options, TimeProvider time)
{
    public DateOnly Cutoff => CaseDay.Today(time).AddMonths(-options.Value.RetentionMonths);

    public async Task<IReadOnlyList<RetentionItem>> PreviewAsync(CancellationToken ct = default)
    {
        var cutoff = Cutoff;
        return await (from c in db.Set<Case>().AsNoTracking()
                      join m in db.Set<Municipality>() on c.MunicipalityId equals m.Id
                      where c.Status == CaseStatus.Closed && c.ClosedOn != null && c.ClosedOn <= cutoff
                      orderby c.ClosedOn, c.Code
                      select new RetentionItem(
                          c.Id,
                          c.Code,
                          m.Name,
                          c.ClosedOn!.Value,
                          c.Goals.Count,
                          db.Set<Need>().Count(n => n.CaseId == c.Id),
                          db.Set<Need>().Where(n => n.CaseId == c.Id).SelectMany(n => n.Referrals).Count(),
                          c.Consents.Count,
                          db.Set<CaseAccessEntry>().Count(e => e.CaseId == c.Id),
                          c.Notes != null)).ToListAsync(ct);
    }

    /// <summary>Deletes what <see cref="PreviewAsync"/> lists at this moment, in one transaction; returns it.</summary>
    public async Task<IReadOnlyList<RetentionItem>> RunAsync(CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var items = await PreviewAsync(ct);
        if (items.Count == 0)
        {
            return items;
        }

        var ids = items.Select(i => i.CaseId).ToList();
        await TallyAsync(ids, ct);
        var needIds = db.Set<Need>().Where(n => ids.Contains(n.CaseId)).Select(n => n.Id);
        var referralIds = db.Set<Referral>().Where(r => needIds.Contains(r.NeedId)).Select(r => r.Id);
        var goalIds = db.Set<Goal>().Where(g => ids.Contains(g.CaseId)).Select(g => g.Id);
        await db.Set<ReferralEvent>().Where(e => referralIds.Contains(e.ReferralId)).ExecuteDeleteAsync(ct);
        await db.Set<Referral>().Where(r => needIds.Contains(r.NeedId)).ExecuteDeleteAsync(ct);
        await db.Set<Need>().Where(n => ids.Contains(n.CaseId)).ExecuteDeleteAsync(ct);
        await db.Set<GoalRevision>().Where(r => goalIds.Contains(r.GoalId)).ExecuteDeleteAsync(ct);
        await db.Set<Goal>().Where(g => ids.Contains(g.CaseId)).ExecuteDeleteAsync(ct);
        await db.Set<Consent>().Where(c => ids.Contains(c.CaseId)).ExecuteDeleteAsync(ct);
        await db.Set<CaseAccessEntry>().Where(e => ids.Contains(e.CaseId)).ExecuteDeleteAsync(ct);
        await db.Set<Case>().Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return items;
    }

    public async Task<IReadOnlyList<RetainedCount>> CountsAsync(CancellationToken ct = default) =>
        await db.Set<RetainedCount>().AsNoTracking().OrderBy(r => r.ClosedYear).ToListAsync(ct);

    private async Task TallyAsync(List<Guid> ids, CancellationToken ct)
    {
        var cases = await db.Set<Case>().AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.MunicipalityId,
                Year = c.ClosedOn!.Value.Year,
                Goals = c.Goals.Count,
                Achieved = c.Goals.Count(g => g.Status == GoalStatus.Achieved),
                Referrals = db.Set<Need>().Where(n => n.CaseId == c.Id).SelectMany(n => n.Referrals).Count(),
                Completed = db.Set<Need>().Where(n => n.CaseId == c.Id).SelectMany(n => n.Referrals).Count(r => r.Status == ReferralStatus.Completed),
            }).ToListAsync(ct);
        foreach (var group in cases.GroupBy(c => (c.MunicipalityId, c.Year)))
        {
            var count = await db.Set<RetainedCount>().FirstOrDefaultAsync(r => r.MunicipalityId == group.Key.MunicipalityId && r.ClosedYear == group.Key.Year, ct);
            if (count is null)
            {
                count = new RetainedCount { Id = Guid.CreateVersion7(), MunicipalityId = group.Key.MunicipalityId, ClosedYear = group.Key.Year };
                db.Add(count);
            }

            count.Cases += group.Count();
            count.Goals += group.Sum(c => c.Goals);
            count.GoalsAchieved += group.Sum(c => c.Achieved);
            count.Referrals += group.Sum(c => c.Referrals);
            count.ReferralsCompleted += group.Sum(c => c.Completed);
        }

        await db.SaveChangesAsync(ct);
    }
}
