using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>The first administrator's set-up and the scope of staff (municipalities they work for).</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<SetupService>();
        services.AddScoped<StaffScope>();
        return services;
    }
}
