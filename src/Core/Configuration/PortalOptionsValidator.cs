using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Core.Configuration;

/// <summary>
/// Checks the platform's settings at start, each message naming the setting so an operator can fix it at once.
/// The accounts' settings are checked by <c>Accounts.AccountsOptionsValidator</c>, beside the rules they follow.
/// </summary>
public sealed class PortalOptionsValidator(IConfiguration configuration) : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var failures = new List<string>();
        var provider = options.Database.Provider;
        if (provider is not (DatabaseProviders.Sqlite or DatabaseProviders.Postgres))
        {
            failures.Add($"IntegrationsNetz:Database:Provider must be 'Sqlite' or 'Postgres', not '{provider}'.");
        }

        if (provider == DatabaseProviders.Postgres && string.IsNullOrWhiteSpace(configuration.GetConnectionString("IntegrationsNetz")))
        {
            failures.Add("ConnectionStrings:IntegrationsNetz is required when IntegrationsNetz:Database:Provider is 'Postgres'.");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("IntegrationsNetz:DataDirectory must not be empty.");
        }

        if (!string.IsNullOrEmpty(options.PublicBaseUrl) && !Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _))
        {
            failures.Add($"IntegrationsNetz:PublicBaseUrl must be an absolute URL, not '{options.PublicBaseUrl}'.");
        }

        options.RateLimits.Validate(failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
