using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Search;
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
        services.AddSingleton<MailComposer>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<OutboxOverview>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.AddScoped<OfferService>();
        services.AddScoped<Volunteers.VolunteerService>();
        services.AddSingleton<OfferDocument>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexer>());
        return services;
    }
}
