using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>The published offers and municipalities as matching sees them at one moment.</summary>
public sealed record OfferSnapshot(IReadOnlyList<MatchableOffer> Offers, IReadOnlyDictionary<Guid, MunicipalityPoint> Municipalities)
{
    private readonly Lazy<OfferGrid> _grid = new(() => new OfferGrid(Offers));

    /// <summary>Built once per snapshot, on first use.</summary>
    public OfferGrid Grid => _grid.Value;
}

/// <summary>
/// Published offers in memory, so a need is matched against 100,000 offers in milliseconds. It follows the same
/// indexing-task log as the search index: each call reads only the offers changed since its cursor, so every node
/// sees every change without a message between nodes.
/// </summary>
public sealed class OfferCatalog(TimeProvider time)
{
    private static readonly TimeSpan MunicipalityRefresh = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private Dictionary<Guid, MatchableOffer>? _offers;
    private OfferSnapshot? _snapshot;
    private long _cursor;
    private DateTimeOffset _municipalitiesLoadedAt;

    public async Task<OfferSnapshot> CurrentAsync(PortalDbContext db, CancellationToken ct = default)
    {
        await _lock.WaitAsync(ct);
        try
        {
            var latest = await db.IndexingTasks.MaxAsync(t => (long?)t.Id, ct) ?? 0;
            var changed = false;
            if (_offers is null)
            {
                _offers = (await PublishedOffers(db).ToListAsync(ct)).Select(MatchableOffer.From).ToDictionary(o => o.Id);
                changed = true;
            }
            else if (latest > _cursor)
            {
                var ids = await db.IndexingTasks.Where(t => t.Id > _cursor && t.Id <= latest).Select(t => t.OfferId).Distinct().ToListAsync(ct);
                foreach (var id in ids)
                {
                    _offers.Remove(id);
                }

                foreach (var offer in await PublishedOffers(db).Where(o => ids.Contains(o.Id)).ToListAsync(ct))
                {
                    _offers[offer.Id] = MatchableOffer.From(offer);
                }

                changed = true;
            }

            _cursor = latest;
            var municipalities = _snapshot?.Municipalities;
            if (municipalities is null || time.GetUtcNow() - _municipalitiesLoadedAt > MunicipalityRefresh)
            {
                municipalities = await db.Set<Municipality>().AsNoTracking()
                    .Select(m => new MunicipalityPoint(m.Id, m.Name, m.Slug, m.Latitude, m.Longitude))
                    .ToDictionaryAsync(m => m.Id, ct);
                _municipalitiesLoadedAt = time.GetUtcNow();
                changed = true;
            }

            if (changed || _snapshot is null)
            {
                _snapshot = new OfferSnapshot(_offers.Values.ToArray(), municipalities);
                _ = _snapshot.Grid;
            }

            return _snapshot;
        }
        finally
        {
            _lock.Release();
        }
    }

    private static IQueryable<Offer> PublishedOffers(PortalDbContext db) =>
        db.Offers.AsNoTracking().Where(o => o.Status == OfferStatus.Published).Include(o => o.Texts.Where(t => t.Culture == "de")).Include(o => o.Municipalities);
}
