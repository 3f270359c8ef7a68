using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Mail;

/// <summary>
/// The Postausgang as the back office and the API see it: what waits, what was sent, what failed and why. Recipients
/// and subjects are personal data: each staff member sees the mails <see cref="IOutboxReach"/> allows them (one mail
/// rule for the page and the API).
/// </summary>
public sealed class OutboxService(PortalDbContext db, IOutboxReach reach, TimeProvider time)
{
    public const int MaxPageSize = 200;

    public async Task<IQueryable<OutboxMessage>> VisibleAsync(StaffActor actor, CancellationToken ct = default) =>
        await reach.AddressesAsync(actor, ct) is { } addresses
            ? db.OutboxMessages.Where(m => addresses.Contains(m.To))
            : db.OutboxMessages;

    public async Task<int> CountAsync(StaffActor actor, OutboxStatus status, CancellationToken ct = default) =>
        await (await VisibleAsync(actor, ct)).CountAsync(m => m.Status == status, ct);

    /// <summary>Newest first; <paramref name="to"/> finds the messages to one address.</summary>
    public async Task<List<OutboxMessage>> ListAsync(StaffActor actor, OutboxStatus? status, string? to, int take, CancellationToken ct = default)
    {
        var query = (await VisibleAsync(actor, ct)).AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            var address = to.Trim();
            query = query.Where(m => m.To == address);
        }

        return await query.OrderByDescending(m => m.CreatedAt).Take(Math.Clamp(take, 1, MaxPageSize)).ToListAsync(ct);
    }

    /// <summary>
    /// Queues a failed message again with a fresh count of attempts; only failed ones, so nothing is sent twice.
    /// A message the actor may not see does not exist for them.
    /// </summary>
    public async Task<OperationResult> RetryAsync(Guid id, StaffActor actor, CancellationToken ct = default)
    {
        var message = await (await VisibleAsync(actor, ct)).FirstOrDefaultAsync(m => m.Id == id, ct);
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
