using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IntegrationsNetz.Core.Volunteers;

/// <summary>
/// Moves <see cref="Volunteer.UpdatedAt"/> forward whenever a profile or its municipalities change, in whatever code
/// saves it, so an in-memory copy of the volunteers (matching) can tell cheaply whether it is still current.
/// </summary>
internal static class VolunteerChangeStamp
{
    public const string MunicipalityLinks = "VolunteerMunicipalities";

    public static void Apply(ChangeTracker tracker)
    {
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
