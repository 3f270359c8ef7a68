using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationsNetz.Core.Mail;

/// <summary>
/// A batch's claim on its outbox rows, renewed in the background while the batch is being sent, so the claim can be
/// short: rows of a crashed sender are free again within one claim time. The sender asks <see cref="Holds"/> before
/// each message: when renewing failed (database gone) the claim may lapse and another node may take the rows, so the
/// sender stops rather than risk sending a row twice.
/// </summary>
internal sealed class OutboxClaim : IAsyncDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _length;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private long _heldUntilTicks;

    public OutboxClaim(IServiceScopeFactory scopes, Guid token, DateTime until, TimeSpan length, TimeProvider time, ILogger logger)
    {
        (_scopes, Token, _length, _time, _logger) = (scopes, token, length, time, logger);
        _heldUntilTicks = until.Ticks;
        _renewing = RenewAsync(_stop.Token);
    }

    public Guid Token { get; }

    /// <summary>True while the claim lasts longer than <paramref name="margin"/> (the time one more message may take).</summary>
    public bool Holds(TimeSpan margin) => Clock.UtcNow(_time).Ticks + margin.Ticks < Interlocked.Read(ref _heldUntilTicks);

    /// <summary>Gives the rows that were not attempted back at once, instead of letting them wait for the claim to end.</summary>
    public static async Task ReleaseAsync(PortalDbContext db, Guid token) =>
        await db.OutboxMessages.Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _renewing;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task RenewAsync(CancellationToken ct)
    {
        // A third of the claim: two renewals may fail before the claim lapses.
        using var timer = new PeriodicTimer(_length / 3, _time);
        while (await timer.WaitForNextTickAsync(ct))
        {
            try
            {
                using var scope = _scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var until = Clock.UtcNow(_time) + _length;
                await db.OutboxMessages.Where(m => m.ClaimToken == Token && m.Status == OutboxStatus.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), ct);
                Interlocked.Exchange(ref _heldUntilTicks, until.Ticks);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning("Could not renew the outbox claim {Token}: {Reason}", Token, e.Message);
            }
        }
    }
}
