using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationsNetz.Core.Accounts;

/// <summary>
/// Turns queued <see cref="PasswordResetRequest"/>s into reset mails, for known addresses only, off the request path:
/// the request itself is the same single insert for every address, so its answer and its time tell nobody whether an
/// account exists. The queue is a table, so a request survives a restart, and several nodes may run this: a row is
/// taken by deleting it in the transaction that also writes its mail, so exactly one node sends it (a failure rolls
/// both back and the row waits for the next round). The per-address mail cap of the outbox applies as for any mail.
/// </summary>
public sealed class PasswordResetWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<PasswordResetWorker> logger, StartupGate? startup = null)
    : PeriodicBackgroundService(time, logger, startup)
{
    public const int BatchSize = 100;
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override TimeSpan Interval => PollInterval;

    protected override string WorkName => "Password reset requests";

    /// <summary>Queues one request, the same work whether or not the address has an account.</summary>
    public static async Task RequestAsync(PortalDbContext db, TimeProvider time, string email, string baseUrl, string? culture, CancellationToken ct = default)
    {
        db.PasswordResetRequests.Add(new PasswordResetRequest
        {
            Id = Guid.CreateVersion7(), Email = email.Trim(), BaseUrl = baseUrl, Culture = culture, RequestedAt = Clock.UtcNow(time),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Works off every waiting request; returns how many mails it queued. Tests call it instead of waiting.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var mails = 0;
            var skip = 0;
            while (true)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var ids = await db.PasswordResetRequests.AsNoTracking().OrderBy(r => r.RequestedAt).Select(r => r.Id).Skip(skip).Take(BatchSize).ToListAsync(ct);
                foreach (var id in ids)
                {
                    try
                    {
                        mails += await ProcessAsync(scope.ServiceProvider, db, id, ct) ? 1 : 0;
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // The row stays for the next round; the ones after it are not held up by it.
                        Logger.LogError(e, "Password reset request {Id} failed; it is tried again in the next round", id);
                        skip++;
                    }
                }

                if (ids.Count < BatchSize)
                {
                    return mails;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task RunOnceAsync(CancellationToken ct) => await ProcessPendingAsync(ct);

    private static async Task<bool> ProcessAsync(IServiceProvider services, PortalDbContext db, Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var request = await db.PasswordResetRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.PasswordResetRequests.Where(r => r.Id == id).ExecuteDeleteAsync(ct) == 0)
        {
            // Another node took it.
            return false;
        }

        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(request.Email);
        if (user is not null)
        {
            await services.GetRequiredService<PasswordLinks>().EnqueueAsync(user, request.BaseUrl, request.Culture);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return user is not null;
    }
}
