using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Mail;

/// <summary>The Postausgang as the back office and the API see it: what waits, what was sent, what failed and why.</summary>
public sealed class OutboxService(PortalDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 200;

    public Task<int> CountAsync(OutboxStatus status, CancellationToken ct = default) => db.OutboxMessages.CountAsync(m => m.Status == status, ct);

    /// <summary>Newest first; <paramref name="to"/> finds the messages to one address.</summary>
    public Task<List<OutboxMessage>> ListAsync(OutboxStatus? status, string? to, int take, CancellationToken ct = default)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            var address = to.Trim();
            query = query.Where(m => m.To == address);
        }

        return query.OrderByDescending(m => m.CreatedAt).Take(Math.Clamp(take, 1, MaxPageSize)).ToListAsync(ct);
    }

    /// <summary>Queues a failed message again with a fresh count of attempts; only failed ones, so nothing is sent twice.</summary>
    public async Task<OperationResult> RetryAsync(Guid id, CancellationToken ct = default)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return OperationResult.NotFound;
        }

        if (message.Status != OutboxStatus.Failed)
        {
            return OperationResult.Conflict("Id", Messages.Get("OutboxRetryOnlyFailed"));
        }

        (message.Status, message.Attempts, message.NextAttemptAt) = (OutboxStatus.Pending, 0, Clock.UtcNow(time));
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }
}
