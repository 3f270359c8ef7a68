namespace IntegrationsNetz.Core.Configuration;

/// <summary>
/// "IntegrationsNetz:RateLimits": how often one client (IP address) and one target account (e-mail address) may try
/// the doors a stranger can knock on. 0 switches a limit off.
/// </summary>
public sealed class RateLimitOptions
{
    public RateLimitRule Login { get; set; } = new() { PerClient = 30, PerAccount = 10, WindowSeconds = 300 };

    public RateLimitRule PasswordReset { get; set; } = new() { PerClient = 10, PerAccount = 3, WindowSeconds = 3600 };

    public RateLimitRule Registration { get; set; } = new() { PerClient = 20, PerAccount = 3, WindowSeconds = 3600 };

    public RateLimitRule Confirmation { get; set; } = new() { PerClient = 30, PerAccount = 5, WindowSeconds = 3600 };

    /// <summary>The public search stays open by default; an operator may limit it per client.</summary>
    public RateLimitRule Search { get; set; } = new() { PerClient = 0, PerAccount = 0, WindowSeconds = 60 };

    /// <summary>Failed logins one client may make before each further attempt must wait 1, 2, 4 … seconds.</summary>
    public int FreeLoginFailuresPerClient { get; set; } = 3;

    public int MaxLoginBackoffSeconds { get; set; } = 900;

    /// <summary>Mails the outbox accepts for one address per hour, whoever sends them; more are recorded as not sent.</summary>
    public int MailsPerAddressPerHour { get; set; } = 20;

    internal void Validate(List<string> failures)
    {
        foreach (var (name, rule) in new[] { ("Login", Login), ("PasswordReset", PasswordReset), ("Registration", Registration), ("Confirmation", Confirmation), ("Search", Search) })
        {
            if (rule.PerClient is < 0 or > 100_000 || rule.PerAccount is < 0 or > 100_000)
            {
                failures.Add($"IntegrationsNetz:RateLimits:{name}:PerClient and :PerAccount must be between 0 (off) and 100000.");
            }

            if (rule.WindowSeconds is < 1 or > 86_400)
            {
                failures.Add($"IntegrationsNetz:RateLimits:{name}:WindowSeconds must be between 1 and 86400.");
            }
        }

        if (FreeLoginFailuresPerClient is < 1 or > 1000)
        {
            failures.Add("IntegrationsNetz:RateLimits:FreeLoginFailuresPerClient must be between 1 and 1000.");
        }

        if (MaxLoginBackoffSeconds is < 1 or > 86_400)
        {
            failures.Add("IntegrationsNetz:RateLimits:MaxLoginBackoffSeconds must be between 1 and 86400.");
        }

        if (MailsPerAddressPerHour is < 1 or > 10_000)
        {
            failures.Add("IntegrationsNetz:RateLimits:MailsPerAddressPerHour must be between 1 and 10000.");
        }
    }
}

public sealed class RateLimitRule
{
    public int PerClient { get; set; }

    public int PerAccount { get; set; }

    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
