using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using IntegrationsNetz.Core.Configuration;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Security;

/// <summary>
/// Limits per target account (the e-mail address or token typed in, known or not, so the limit itself tells nothing),
/// on top of the per-client limits: many clients together cannot flood one address or guess one password.
/// Kept in memory per node, like the per-client limits.
/// </summary>
public sealed class AccountThrottle(IOptions<PortalOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, PartitionedRateLimiter<string>> _limiters = new();

    /// <summary>Takes one attempt; false (with the wait) when the account's window is used up.</summary>
    public bool TryTake(string policy, string? account, out TimeSpan retryAfter) => Attempt(policy, account, 1, out retryAfter);

    /// <summary>Whether an attempt is left, without using one (login counts only failures).</summary>
    public bool HasRoom(string policy, string? account, out TimeSpan retryAfter) => Attempt(policy, account, 0, out retryAfter);

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

    private bool Attempt(string policy, string? account, int permits, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        var rule = RateLimits.Rule(options.Value.RateLimits, policy);
        if (rule.PerAccount == 0 || string.IsNullOrWhiteSpace(account))
        {
            return true;
        }

        var limiter = _limiters.GetOrAdd(policy, _ => PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key, _ => new FixedWindowRateLimiterOptions { PermitLimit = rule.PerAccount, Window = rule.Window, QueueLimit = 0 })));
        using var lease = limiter.AttemptAcquire(Normalize(account), permits);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : rule.Window;
        return false;
    }

    // Long input is cut, so a megabyte of "address" does not become a megabyte of key.
    private static string Normalize(string account)
    {
        var key = account.Trim().ToUpperInvariant();
        return key.Length > 256 ? key[..256] : key;
    }
}
