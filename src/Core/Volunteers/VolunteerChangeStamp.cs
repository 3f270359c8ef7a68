using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrationsNetz.Core.Volunteers;

/// <summary>
/// Moves <see cref="Volunteer.UpdatedAt"/> forward whenever a profile or its municipalities change, in whatever code
/// saves it, so an in-memory copy of the volunteers (matching) can tell cheaply whether it is still current.
/// A save interceptor, so the database context knows nothing of volunteers' needs.
/// </summary>
internal sealed class VolunteerChangeStamp : SaveChangesInterceptor
{
    public const string MunicipalityLinks = "VolunteerMunicipalities";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context?.ChangeTracker);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context?.ChangeTracker);
        return ValueTask.FromResult(result);
    }

    private void Apply(ChangeTracker? tracker)
    {
        if (tracker is null)
        {
            return;
        }

        // The real clock, not the portal's TimeProvider: a stamp only has to move on with every save, also in tests
        // that stop the portal's clock.
        var now = DateTime.UtcNow;
        var linked = tracker.Entries()
            .Where(e => e.Metadata.Name == MunicipalityLinks && e.State is EntityState.Added or EntityState.Deleted)
            .Select(e => (Guid)e.Property("VolunteerId").CurrentValue!)
            .ToHashSet();
        foreach (var entry in tracker.Entries<Volunteer>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified || (entry.State == EntityState.Unchanged && linked.Contains(entry.Entity.Id)))
            {
                entry.Entity.UpdatedAt = now;
            }
        }
    }
}
