using System.Collections.Concurrent;
using IntegrationsNetz.Core.Configuration;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Security;

/// <summary>
/// Exponential back-off per client for failed logins: after a few free failures each further attempt must wait
/// 1, 2, 4 … seconds (capped) since the last failure. A guesser slows down at once, while the account lock stays
/// short; a success or an hour without failures forgets the client. In memory per node.
/// </summary>
public sealed class LoginBackoff(IOptions<PortalOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Forget = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Last)> _clients = new();

    /// <summary>How long the client must still wait before its next attempt, or null.</summary>
    public TimeSpan? Wait(string client)
    {
        if (!_clients.TryGetValue(client, out var state))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (now - state.Last > Forget)
        {
            _clients.TryRemove(client, out _);
            return null;
        }

        var limits = options.Value.RateLimits;
        var over = state.Failures - limits.FreeLoginFailuresPerClient;
        if (over < 0)
        {
            return null;
        }

        var delay = TimeSpan.FromSeconds(Math.Min(limits.MaxLoginBackoffSeconds, Math.Pow(2, Math.Min(over, 30))));
        var remaining = state.Last + delay - now;
        return remaining > TimeSpan.Zero ? remaining : null;
    }

    public void Failed(string client)
    {
        var now = time.GetUtcNow();
        _clients.AddOrUpdate(client, _ => (1, now), (_, s) => (now - s.Last > Forget ? 1 : s.Failures + 1, now));
        if (_clients.Count > 100_000)
        {
            foreach (var old in _clients.Where(c => now - c.Value.Last > Forget).Select(c => c.Key).ToList())
            {
                _clients.TryRemove(old, out _);
            }
        }
    }

    public void Succeeded(string client) => _clients.TryRemove(client, out _);
}
