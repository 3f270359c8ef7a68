using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>Suggestions for a need the viewer may see; reading them is a read of the case and is logged.</summary>
public sealed class MatchingService(PortalDbContext db, NeedService needs, CaseAccess access, OfferCatalog catalog, TimeProvider time)
{
    public async Task<Suggestions?> SuggestAsync(CaseViewer viewer, Guid needId, CancellationToken ct = default)
    {
        var found = await needs.FindAsync(viewer, needId, ct);
        if (found is null)
        {
            return null;
        }

        var suggestions = await SuggestAsync(found.Need, ct);
        access.RecordRead(viewer, found.Case.Id, Texts.Get("Read_Suggestions"));
        await db.SaveChangesAsync(ct);
        return suggestions;
    }

    /// <summary>Matching without access checks: for the benchmark and for callers that checked already.</summary>
    public async Task<Suggestions> SuggestAsync(Need need, CancellationToken ct = default)
    {
        var snapshot = await catalog.CurrentAsync(db, ct);
        var origin = snapshot.Municipalities.GetValueOrDefault(need.MunicipalityId);
        var nearby = origin is null
            ? [need.MunicipalityId]
            : snapshot.Municipalities.Values
                .Where(m => new GeoPoint(origin.Latitude, origin.Longitude).DistanceKm(m.Latitude, m.Longitude) <= need.MaxTravelKm)
                .Select(m => m.Id).Append(need.MunicipalityId).Distinct().ToList();
        var volunteers = await db.Volunteers.AsNoTracking()
            .Where(v => v.Status == VolunteerStatus.Approved && v.Municipalities.Any(m => nearby.Contains(m.Id)))
            .Include(v => v.Municipalities)
            .ToListAsync(ct);
        return Matcher.Suggest(need, snapshot, volunteers.Select(VolunteerCandidate.From).ToList(), CaseDay.Today(time));
    }
}
