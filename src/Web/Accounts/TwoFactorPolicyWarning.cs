using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Configuration;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>
/// In production, administrators and integration managers see personal data of many people: a start whose
/// configuration lets them sign in with a password alone says so once, naming the setting.
/// </summary>
public sealed class TwoFactorPolicyWarning(IHostEnvironment environment, IOptions<PortalOptions> options, ILogger<TwoFactorPolicyWarning> logger) : IHostedService
{
    private static readonly string[] MustRequire = [Roles.Administrator, Roles.Manager];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var missing = MustRequire.Except(options.Value.Security.RequireTwoFactorForRoles).ToList();
        if (environment.IsProduction() && missing.Count > 0)
        {
            logger.LogWarning(
                "IntegrationsNetz:Security:RequireTwoFactorForRoles does not include {Roles}: these accounts can sign in to the back office with a password alone. Require two-factor sign-in for Administrator and Manager.",
                string.Join(", ", missing));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
