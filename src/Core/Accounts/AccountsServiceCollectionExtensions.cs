using Microsoft.Extensions.DependencyInjection;
using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// The first administrator's set-up, staff accounts and their scope (municipalities they work for), and the worker
    /// that answers queued password-reset requests.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<SetupService>();
        services.AddScoped<StaffScope>();
        services.AddScoped<PasswordLinks>();
        services.AddScoped<StaffAccountService>();
        services.AddSingleton<PasswordResetWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PasswordResetWorker>());
        return services;
    }
}
