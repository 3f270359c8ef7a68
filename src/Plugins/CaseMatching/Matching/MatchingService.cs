using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>Suggestions for a need the viewer may see; reading them is a read of the case and is logged.</summary>
public sealed class MatchingService(PortalDbContext db, NeedService needs, CaseAccess access, OfferCatalog catalog, VolunteerPool pool, TimeProvider time)
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
        var pooled = await pool.CurrentAsync(db, ct);
        IReadOnlyList<VolunteerCandidate> volunteers = [];
        if (origin is not null)
        {
            // Volunteers help where they are active: the need's municipality and those within travel range.
            volunteers = TravelReach.Within(snapshot, need.MunicipalityId, need.MaxTravelKm)
                .SelectMany(id => pooled[id]).DistinctBy(v => v.Id).ToList();
        }

        return Matcher.Suggest(need, snapshot, volunteers, CaseDay.Today(time));
    }
}
