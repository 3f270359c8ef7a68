using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Operations;

/// <summary>How this node is doing: the outbox queue, the mails that failed, and how far its search index is behind.</summary>
public sealed record NodeStatusSnapshot(int OutboxWaiting, double OutboxOldestSeconds, int OutboxFailed, int IndexLag, double IndexLagSeconds);

/// <summary>
/// Reads this node's operating figures from the database: one reading for the metrics endpoint and for the
/// administrator's start page, so both say the same.
/// </summary>
public sealed class NodeStatus(IServiceScopeFactory scopes, SearchIndex index, TimeProvider time)
{
    /// <summary>The figures now; throws when the database cannot be read (callers decide what to show then).</summary>
    public async Task<NodeStatusSnapshot> ReadAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = Clock.UtcNow(time);
        var waiting = db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending);
        var oldestMail = await waiting.MinAsync(m => (DateTime?)m.CreatedAt, ct);
        var cursor = index.Cursor;
        var behind = db.IndexingTasks.Where(t => t.Id > cursor);
        var oldestTask = await behind.MinAsync(t => (DateTime?)t.CreatedAt, ct);
        return new NodeStatusSnapshot(
            await waiting.CountAsync(ct), Age(now, oldestMail),
            await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, ct),
            await behind.CountAsync(ct), Age(now, oldestTask));
    }

    private static double Age(DateTime now, DateTime? since) => since is { } s ? Math.Max(0, (now - s).TotalSeconds) : 0;
}
