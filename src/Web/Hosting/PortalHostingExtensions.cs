using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Documents;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Content;
using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Web.Mail;
using IntegrationsNetz.Web.Offers;
using IntegrationsNetz.Web.Organisation;
using IntegrationsNetz.Web.Search;
using IntegrationsNetz.Web.Volunteers;
using IntegrationsNetz.Web.Operations;
using IntegrationsNetz.Web.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Hosting;

public static class PortalHostingExtensions
{
    /// <summary>
    /// Registers the portal. Configuration is validated here, before anything starts, so a bad setting
    /// ends the process with one line that names it.
    /// </summary>
    public static bool TryAddPortal(this WebApplicationBuilder builder, out string? error)
    {
        var options = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        IValidateOptions<PortalOptions>[] validators = [new PortalOptionsValidator(builder.Configuration), new AccountsOptionsValidator()];
        if (validators.Select(v => v.Validate(null, options)).FirstOrDefault(v => v.Failed) is { } validation)
        {
            error = validation.Failures!.First();
            return false;
        }

        error = null;
        var dataDirectory = DataDirectory.Resolve(options, builder.Environment.ContentRootPath);
        dataDirectory.EnsureCreated();
        var contentDirectory = new ContentDirectory(ContentDirectoryLocator.Resolve(options, builder.Environment.ContentRootPath));
        var discovered = PluginCatalog.Discover();
        var plugins = discovered.Without(builder.Configuration.GetSection("IntegrationsNetz:Plugins:Disabled").Get<string[]>());

        // Bound and validated once, above; the same instance serves everyone.
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(dataDirectory);
        builder.Services.AddSingleton(contentDirectory);
        builder.Services.AddSingleton(plugins);
        builder.Services.TryAddSingleton(TimeProvider.System);
        // First hosted service: migrations and the first-boot import, while the server starts; the gate holds
        // requests and the background services (indexer, outbox, schedulers) until they are done.
        builder.Services.AddSingleton<StartupGate>();
        builder.Services.AddHostedService<PortalInitializer>();
        builder.Services.AddPortalData(options, builder.Configuration.GetConnectionString("IntegrationsNetz"), dataDirectory);
        builder.Services.AddPortalOperations(options, builder.Configuration.GetConnectionString("IntegrationsNetz"));
        builder.Services.AddPortalSecurity(builder, options);
        builder.Services.AddPortalLocalization();
        builder.Services.AddPortalAccounts(options, dataDirectory);
        builder.Services.AddPortalOrganisation();
        builder.Services.AddPortalContent();
        builder.Services.AddPortalMail();
        builder.Services.AddPortalOffers();
        builder.Services.AddPortalSearch();
        builder.Services.AddPortalVolunteers();
        builder.Services.AddDocuments();
        builder.Services.AddPortalPages();
        builder.Services.AddPluginPages(discovered, plugins);
        builder.Services.AddPortalReadPath();
        builder.Services.AddPortalMetrics(builder.Configuration);
        foreach (var plugin in plugins.Plugins)
        {
            plugin.ConfigureServices(builder.Services, builder.Configuration);
        }

        return true;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UsePortalSecurity();
        app.UsePortalErrorPages();
        app.UsePortalCompression();
        app.UseStaticFiles();
        app.UseMiddleware<PublicCultureMiddleware>();
        app.UseRouting();

        // After routing, so the first request builds the route table while the start-up work still runs, and static
        // files never wait.
        app.UseStartupGate();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePortalOutputCache();
        app.MapPortalOperations();
        app.MapPortalMetrics();
        app.MapAuthApi();
        app.MapMunicipalitiesApi();
        app.MapSearchApi();
        app.MapOffersApi();
        app.MapVolunteersApi();
        app.MapPagesApi();
        app.MapOrganisationApi();
        app.MapStaffApi();
        app.MapOutboxApi();
        app.MapRazorPages();
        foreach (var plugin in app.Services.GetRequiredService<PluginCatalog>().Plugins)
        {
            plugin.MapEndpoints(app);
        }

        return app;
    }
}
