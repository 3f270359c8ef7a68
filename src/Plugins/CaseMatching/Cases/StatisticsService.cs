using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

public sealed record MunicipalityStatistics(
    string Municipality, int Open, int OnHold, int Closed, int DeletedAfterRetention, IReadOnlyDictionary<GoalArea, int> GoalsByArea);

/// <summary>
/// What coordinators see instead of case details: counts per municipality. Goals by area count only cases whose
/// statistics consent is active; case counts by status are needed to run the service and hold nothing personal.
/// </summary>
public sealed class StatisticsService(PortalDbContext db, StaffScope scope)
{
    public async Task<IReadOnlyList<MunicipalityStatistics>> ForAsync(CaseViewer viewer, CancellationToken ct = default)
    {
        var municipalities = await scope.MunicipalitiesAsync(viewer.UserId, viewer.IsAdministrator, ct);
        var query = db.Set<Municipality>().AsNoTracking();
        if (municipalities is not null)
        {
            var ids = municipalities.ToList();
            query = query.Where(m => ids.Contains(m.Id));
        }

        var list = await query.OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        var listIds = list.Select(m => m.Id).ToList();
        var statuses = await db.Set<Case>().Where(c => listIds.Contains(c.MunicipalityId))
            .GroupBy(c => new { c.MunicipalityId, c.Status }).Select(g => new { g.Key.MunicipalityId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var goals = await (from c in db.Set<Case>()
                           join g in db.Set<Goal>() on c.Id equals g.CaseId
                           where listIds.Contains(c.MunicipalityId)
                                 && c.Consents.Any(x => x.Purpose == ConsentPurpose.Statistics && x.WithdrawnOn == null)
                           group g by new { c.MunicipalityId, g.Area } into grouped
                           select new { grouped.Key.MunicipalityId, grouped.Key.Area, Count = grouped.Count() }).ToListAsync(ct);
        var retained = await db.Set<RetainedCount>().Where(r => listIds.Contains(r.MunicipalityId))
            .GroupBy(r => r.MunicipalityId).Select(g => new { MunicipalityId = g.Key, Cases = g.Sum(r => r.Cases) }).ToListAsync(ct);
        int Count(Guid id, CaseStatus status) => statuses.FirstOrDefault(s => s.MunicipalityId == id && s.Status == status)?.Count ?? 0;
        return list.Select(m => new MunicipalityStatistics(
                m.Name,
                Count(m.Id, CaseStatus.Open),
                Count(m.Id, CaseStatus.OnHold),
                Count(m.Id, CaseStatus.Closed),
                retained.FirstOrDefault(r => r.MunicipalityId == m.Id)?.Cases ?? 0,
                goals.Where(g => g.MunicipalityId == m.Id).ToDictionary(g => g.Area, g => g.Count)))
            .ToList();
    }
}
