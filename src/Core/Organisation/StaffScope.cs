using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Organisation;

/// <summary>
/// The municipalities a staff account works for: directly, through a cooperation, or through a team.
/// Administrators work for all of them. Organisation knows who works for which unit by the account's id only, so it
/// needs nothing of Accounts; page editing, offers, volunteers, the Postausgang and case access build on it.
/// </summary>
public sealed class StaffScope(PortalDbContext db)
{
    /// <summary>The municipality ids, or null for "all" (administrators).</summary>
    public Task<IReadOnlySet<Guid>?> MunicipalitiesAsync(StaffActor actor, CancellationToken ct = default) =>
        MunicipalitiesAsync(actor.UserId, actor.IsAdministrator, ct);

    /// <summary>The municipality ids, or null for "all" (administrators).</summary>
    public async Task<IReadOnlySet<Guid>?> MunicipalitiesAsync(Guid userId, bool isAdministrator, CancellationToken ct = default)
    {
        if (isAdministrator)
        {
            return null;
        }

        var assignments = await db.StaffAssignments.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(ct);
        var ids = assignments.Where(a => a.MunicipalityId is not null).Select(a => a.MunicipalityId!.Value).ToHashSet();
        var cooperationIds = assignments.Where(a => a.CooperationId is not null).Select(a => a.CooperationId!.Value).ToList();
        var teamIds = assignments.Where(a => a.TeamId is not null).Select(a => a.TeamId!.Value).ToList();
        ids.UnionWith(await db.Cooperations.Where(c => cooperationIds.Contains(c.Id)).SelectMany(c => c.Municipalities.Select(m => m.Id)).ToListAsync(ct));
        ids.UnionWith(await db.Teams.Where(t => teamIds.Contains(t.Id)).SelectMany(t => t.Municipalities.Select(m => m.Id)).ToListAsync(ct));
        return ids;
    }

    /// <summary>The accounts working for any of these municipalities (directly, through a cooperation or a team), as a query.</summary>
    public IQueryable<Guid> StaffOf(IReadOnlyCollection<Guid> municipalityIds)
    {
        var ids = municipalityIds.ToList();
        return db.StaffAssignments.Where(a =>
                (a.MunicipalityId != null && ids.Contains(a.MunicipalityId.Value))
                || (a.CooperationId != null && db.Cooperations.Any(c => c.Id == a.CooperationId && c.Municipalities.Any(m => ids.Contains(m.Id))))
                || (a.TeamId != null && db.Teams.Any(t => t.Id == a.TeamId && t.Municipalities.Any(m => ids.Contains(m.Id)))))
            .Select(a => a.UserId);
    }
}
