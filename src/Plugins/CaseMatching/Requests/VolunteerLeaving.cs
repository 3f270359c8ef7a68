using IntegrationsNetz.Core.Volunteers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>
/// A volunteer who deletes their account leaves their requests: the database removes their sign-ups with them, and
/// this gives their confirmed places back in the same save, so a request is never "full" of people who are gone.
/// A save interceptor, so the host's volunteer feature needs to know nothing of requests.
/// </summary>
internal sealed class VolunteerLeaving : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await ReleaseAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            ReleaseAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private static async Task ReleaseAsync(DbContext db, CancellationToken ct)
    {
        var leaving = db.ChangeTracker.Entries<Volunteer>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToList();
        if (leaving.Count == 0)
        {
            return;
        }

        var confirmed = await db.Set<Signup>().Include(s => s.Request)
            .Where(s => leaving.Contains(s.VolunteerId) && s.Status == SignupStatus.Confirmed).ToListAsync(ct);
        foreach (var signup in confirmed)
        {
            var request = signup.Request!;
            request.Confirmed = Math.Max(0, request.Confirmed - 1);
            if (request.Status == RequestStatus.Filled)
            {
                request.Status = RequestStatus.Published;
            }

            signup.Status = SignupStatus.Withdrawn;
        }
    }
}
