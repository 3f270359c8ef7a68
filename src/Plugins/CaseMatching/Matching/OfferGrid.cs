using IntegrationsNetz.Core.Offers;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>
/// The offers a need can reach, without looking at all 100,000: offers in grid cells of a tenth of a degree around
/// the need's place, offers that serve its municipality wherever they are, and online courses.
/// </summary>
public sealed class OfferGrid
{
    private const double CellsPerDegree = 10;
    private readonly Dictionary<(int Lat, int Lon), List<MatchableOffer>> _cells = [];
    private readonly Dictionary<Guid, List<MatchableOffer>> _byMunicipality = [];
    private readonly List<MatchableOffer> _online = [];

    public OfferGrid(IEnumerable<MatchableOffer> offers)
    {
        foreach (var offer in offers)
        {
            if (offer.Latitude is { } lat && offer.Longitude is { } lon)
            {
                Add(_cells, Cell(lat, lon), offer);
            }

            foreach (var municipality in offer.Municipalities)
            {
                Add(_byMunicipality, municipality, offer);
            }

            if (offer.Format == CourseFormat.Online)
            {
                _online.Add(offer);
            }
        }
    }

    /// <summary>Every offer that may pass the travel filter, each once; the exact distance is checked by the caller.</summary>
    public IEnumerable<MatchableOffer> Reachable(MunicipalityPoint origin, double radiusKm)
    {
        var latDelta = radiusKm / 111.0;
        var lonDelta = radiusKm / (111.0 * Math.Max(0.1, Math.Cos(origin.Latitude * Math.PI / 180)));
        var (fromLat, fromLon) = Cell(origin.Latitude - latDelta, origin.Longitude - lonDelta);
        var (toLat, toLon) = Cell(origin.Latitude + latDelta, origin.Longitude + lonDelta);
        for (var lat = fromLat; lat <= toLat; lat++)
        {
            for (var lon = fromLon; lon <= toLon; lon++)
            {
                if (_cells.TryGetValue((lat, lon), out var offers))
                {
                    foreach (var offer in offers)
                    {
                        yield return offer;
                    }
                }
            }
        }

        // Each offer lies in one cell, so an offer from these lists was yielded already exactly when its cell was scanned.
        bool Scanned(MatchableOffer offer)
        {
            if (offer.Latitude is not { } lat || offer.Longitude is not { } lon)
            {
                return false;
            }

            var (cellLat, cellLon) = Cell(lat, lon);
            return cellLat >= fromLat && cellLat <= toLat && cellLon >= fromLon && cellLon <= toLon;
        }

        var extra = new HashSet<Guid>();
        foreach (var offer in (_byMunicipality.GetValueOrDefault(origin.Id) ?? []).Concat(_online))
        {
            if (!Scanned(offer) && extra.Add(offer.Id))
            {
                yield return offer;
            }
        }
    }

    private static (int Lat, int Lon) Cell(double lat, double lon) =>
        ((int)Math.Floor(lat * CellsPerDegree), (int)Math.Floor(lon * CellsPerDegree));

    private static void Add<TKey>(Dictionary<TKey, List<MatchableOffer>> index, TKey key, MatchableOffer offer)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(offer);
    }
}
