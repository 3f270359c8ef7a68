using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Organisation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationsNetz.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The platform services; the host adds data, accounts and the web layers around them.</summary>
    public static IServiceCollection AddPortalCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PageService>();
        services.AddScoped<PageReader>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<ContentExporter>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<SetupService>();
        services.AddScoped<StaffScope>();
        services.AddSingleton<MailPickup>();
        return services;
    }
}
