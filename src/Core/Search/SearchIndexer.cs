using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// Keeps this node's index current: reads the indexing tasks after its cursor and applies them; rebuilds from the
/// database when the index is missing or damaged. Every node runs one, against its own index.
/// </summary>
public sealed class SearchIndexer(
    SearchIndex index, OfferDocument documents, IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchIndexer> logger, StartupGate? startup = null)
    : PeriodicBackgroundService(time, logger, startup)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    // On PostgreSQL a task id can become visible after a higher one (two transactions committing out of order).
    // Tasks younger than this are applied but the cursor does not pass them yet, so a late one is never skipped.
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(10);
    private const int BatchSize = 500;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Applies all tasks written so far. Returns how many offers were re-indexed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            EnsureOpen();
            if (index.NeedsRebuild)
            {
                return await RebuildLockedAsync(null, ct);
            }

            var total = 0;
            while (true)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var cursor = index.Cursor;
                var tasks = await db.IndexingTasks.AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id).Take(BatchSize).ToListAsync(ct);
                if (tasks.Count == 0)
                {
                    return total;
                }

                var settled = Clock.UtcNow(Time) - SettleTime;
                var newCursor = tasks.TakeWhile(t => t.CreatedAt < settled).Select(t => t.Id).DefaultIfEmpty(cursor).Max();
                var ids = tasks.Select(t => t.OfferId).Distinct().ToList();
                var offers = await Published(db).Where(o => ids.Contains(o.Id)).ToListAsync(ct);
                index.Apply(ids.Select(id => (id.ToString(), offers.FirstOrDefault(o => o.Id == id) is { } offer ? documents.Build(offer) : (Document?)null)), newCursor);
                total += ids.Count;
                if (newCursor == cursor || tasks.Count < BatchSize)
                {
                    return total;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rebuilds the index from the database, reporting how many offers are done.</summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress = null, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            EnsureOpen();
            return await RebuildLockedAsync(progress, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override TimeSpan Interval => PollInterval;

    protected override string WorkName => "Indexing";

    protected override async Task RunOnceAsync(CancellationToken ct) => await CatchUpAsync(ct);

    /// <summary>
    /// Opens the index (an empty one that waits for its rebuild if it is missing), so searches answer from the node's
    /// first request on rather than from the indexer's first round; part of the start-up work.
    /// </summary>
    public async Task OpenAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            EnsureOpen();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void EnsureOpen()
    {
        if (!index.IsOpen)
        {
            index.Open();
        }
    }

    private async Task<int> RebuildLockedAsync(IProgress<int>? progress, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // Read the cursor first: a change made during the rebuild is then applied again afterwards, never lost.
        var cursor = await db.IndexingTasks.MaxAsync(t => (long?)t.Id, ct) ?? 0;
        var started = Time.GetTimestamp();
        var count = index.ReplaceAll(AllOffers(db, ct), documents.Build, cursor, progress, ct);
        Logger.LogInformation("Rebuilt the search index with {Count} offers in {Elapsed}", count, Time.GetElapsedTime(started));
        return count;
    }

    // Read in chunks, so neither one huge query nor all offers at once in memory; the documents are built by ReplaceAll.
    private static IEnumerable<Offer> AllOffers(PortalDbContext db, CancellationToken ct)
    {
        var ids = db.Offers.Where(o => o.Status == OfferStatus.Published).Select(o => o.Id).ToList();
        foreach (var chunk in ids.Chunk(1000))
        {
            ct.ThrowIfCancellationRequested();
            foreach (var offer in Published(db).Where(o => chunk.Contains(o.Id)).ToList())
            {
                yield return offer;
            }
        }
    }

    private static IQueryable<Offer> Published(PortalDbContext db) =>
        db.Offers.AsNoTracking().Include(o => o.Texts).Include(o => o.Municipalities).Where(o => o.Status == OfferStatus.Published);
}
