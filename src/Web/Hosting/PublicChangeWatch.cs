using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>
/// Follows the indexing-task log for changes other nodes made (or imports, scheduled publishing) and moves this
/// node's public content generation on when it sees one, so their cached pages are gone within a round.
/// </summary>
public sealed class PublicChangeWatch(IServiceScopeFactory scopes, PublicContentVersion content, ILogger<PublicChangeWatch> logger, StartupGate? startup = null)
    : PeriodicBackgroundService(TimeProvider.System, logger, startup)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    // As the indexer: on PostgreSQL a lower id can become visible after a higher one, so ids are remembered one by one
    // until they are this old, and only then passed by the cursor.
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(30);

    private readonly HashSet<long> _seen = [];
    private long _cursor = -1;

    protected override TimeSpan Interval => CheckInterval;

    protected override string WorkName => "Public cache check";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (_cursor < 0)
        {
            // At start nothing is cached yet: begin after what is there.
            _cursor = await db.IndexingTasks.MaxAsync(t => (long?)t.Id, ct) ?? 0;
            return;
        }

        var cursor = _cursor;
        var recent = await db.IndexingTasks.AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.CreatedAt }).ToListAsync(ct);
        var changed = false;
        foreach (var task in recent)
        {
            changed |= _seen.Add(task.Id);
        }

        var settled = DateTime.UtcNow - SettleTime;
        var newCursor = recent.TakeWhile(t => t.CreatedAt < settled).Select(t => t.Id).DefaultIfEmpty(cursor).Max();
        _seen.RemoveWhere(id => id <= newCursor);
        _cursor = newCursor;
        if (changed)
        {
            await content.ChangedAsync(ct);
        }
    }
}
