using IntegrationsNetz.Core.Configuration;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Core.Accounts;

/// <summary>The settings of the first administrator and of sign-in security, checked at start with the accounts' own rules.</summary>
public sealed class AccountsOptionsValidator : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var failures = new List<string>();
        ValidateSetup(options.Setup, failures);
        ValidateSecurity(options.Security, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSetup(SetupOptions setup, List<string> failures)
    {
        var hasEmail = !string.IsNullOrWhiteSpace(setup.AdminEmail);
        var hasPassword = !string.IsNullOrEmpty(setup.AdminPassword);
        if (hasEmail != hasPassword)
        {
            failures.Add("IntegrationsNetz:Setup:AdminEmail and IntegrationsNetz:Setup:AdminPassword must be set together.");
        }
        else if (hasEmail && !setup.AdminEmail!.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"IntegrationsNetz:Setup:AdminEmail is not an email address: '{setup.AdminEmail}'.");
        }
        else if (hasPassword && setup.AdminPassword!.Length < PasswordRules.MinimumLength)
        {
            failures.Add($"IntegrationsNetz:Setup:AdminPassword must have at least {PasswordRules.MinimumLength} characters.");
        }
    }

    private static void ValidateSecurity(SecurityOptions security, List<string> failures)
    {
        foreach (var role in security.RequireTwoFactorForRoles.Where(r => !Roles.All.Contains(r)))
        {
            failures.Add($"IntegrationsNetz:Security:RequireTwoFactorForRoles names an unknown role '{role}' (known: {string.Join(", ", Roles.All)}).");
        }

        if (security.MaxFailedAccessAttempts is < 1 or > 100)
        {
            failures.Add("IntegrationsNetz:Security:MaxFailedAccessAttempts must be between 1 and 100.");
        }

        if (security.LockoutMinutes is < 1 or > 1440)
        {
            failures.Add("IntegrationsNetz:Security:LockoutMinutes must be between 1 and 1440.");
        }

        foreach (var proxy in security.KnownProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _) && !System.Net.IPNetwork.TryParse(p, out _)))
        {
            failures.Add($"IntegrationsNetz:Security:KnownProxies: '{proxy}' is neither an IP address nor a network like 10.0.0.0/8.");
        }
    }
}
