using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>
/// The municipalities a need reaches: its own, and those within its travel distance. One rule for the volunteers a
/// need's suggestions rank and the volunteers a request from it notifies.
/// </summary>
public static class TravelReach
{
    public static IReadOnlySet<Guid> Within(OfferSnapshot snapshot, Guid municipalityId, int travelKm)
    {
        var result = new HashSet<Guid> { municipalityId };
        if (snapshot.Municipalities.GetValueOrDefault(municipalityId) is { } origin)
        {
            var point = new GeoPoint(origin.Latitude, origin.Longitude);
            result.UnionWith(snapshot.Municipalities.Values.Where(m => point.DistanceKm(m.Latitude, m.Longitude) <= travelKm).Select(m => m.Id));
        }

        return result;
    }
}
