using System.Security.Claims;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>The signed-in volunteer's profile, if approved: only approved volunteers see requests and sign up.</summary>
public sealed class VolunteerAccess(PortalDbContext db)
{
    public async Task<Volunteer?> ApprovedAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = CaseViewer.IdOf(user);
        return await db.Volunteers.AsNoTracking().Include(v => v.Municipalities)
            .FirstOrDefaultAsync(v => v.UserId == userId && v.Status == VolunteerStatus.Approved, ct);
    }
}
