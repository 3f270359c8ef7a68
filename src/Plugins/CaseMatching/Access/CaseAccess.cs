using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Access;

/// <summary>Need-to-know access to cases, and the log of every read.</summary>
public sealed class CaseAccess(PortalDbContext db, StaffScope scope, TimeProvider time)
{
    public async Task<CaseViewer> ViewerAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = CaseViewer.IdOf(user);
        var isManager = user.IsInRole(Roles.Manager);
        var isCoordinator = user.IsInRole(Roles.Coordinator);
        var municipalities = isManager
            ? await scope.MunicipalitiesAsync(userId, isAdministrator: false, ct) ?? new HashSet<Guid>()
            : new HashSet<Guid>();
        var today = CaseDay.Today(time);
        var covered = isManager || isCoordinator
            ? await db.Set<Substitution>().AsNoTracking()
                .Where(s => s.SubstituteUserId == userId && s.StartsOn <= today && s.EndsOn >= today)
                .Select(s => s.AbsentUserId).ToListAsync(ct)
            : [];
        return new CaseViewer(userId, user.Identity?.Name ?? string.Empty, isManager, isCoordinator, user.IsInRole(Roles.Administrator),
            municipalities, covered.ToHashSet());
    }

    /// <summary>The cases the viewer may open; everything else answers "not found".</summary>
    public IQueryable<Case> Visible(CaseViewer viewer)
    {
        if (!viewer.MayWorkOnCases)
        {
            return db.Set<Case>().Where(_ => false);
        }

        var municipalities = viewer.Municipalities.ToList();
        var covered = viewer.CoveredUserIds.ToList();
        var userId = viewer.UserId;
        return db.Set<Case>().Where(c =>
            municipalities.Contains(c.MunicipalityId)
            || c.OwnerId == userId
            || c.PartnerId == userId
            || covered.Contains(c.OwnerId)
            || (c.PartnerId != null && covered.Contains(c.PartnerId.Value)));
    }

    /// <summary>Records a read of a case; saved with the caller's next SaveChanges.</summary>
    public void RecordRead(CaseViewer viewer, Guid caseId, string what) =>
        db.Set<CaseAccessEntry>().Add(new CaseAccessEntry
        {
            CaseId = caseId,
            UserId = viewer.UserId,
            UserEmail = viewer.Email,
            At = Clock.UtcNow(time),
            What = what,
        });

    /// <summary>The log of a case: for its owner and for administrators, and a read itself.</summary>
    public async Task<IReadOnlyList<CaseAccessEntry>?> LogAsync(CaseViewer viewer, Guid caseId, CancellationToken ct = default)
    {
        var owner = await db.Set<Case>().Where(c => c.Id == caseId).Select(c => (Guid?)c.OwnerId).FirstOrDefaultAsync(ct);
        if (owner is null || (owner != viewer.UserId && !viewer.IsAdministrator))
        {
            return null;
        }

        var entries = await db.Set<CaseAccessEntry>().AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id).ToListAsync(ct);
        RecordRead(viewer, caseId, Resources.Texts.Get("Read_AccessLog"));
        await db.SaveChangesAsync(ct);
        return entries;
    }
}
