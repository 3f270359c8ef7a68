using IntegrationsNetz.Core;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Content;
using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Web.Offers;
using IntegrationsNetz.Web.Volunteers;
using IntegrationsNetz.Web.Operations;
using IntegrationsNetz.Web.Security;
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
        var validation = new PortalOptionsValidator(builder.Configuration).Validate(null, options);
        if (validation.Failed)
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

        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateOnStart();
        builder.Services.AddOptions<Core.Mail.SmtpOptions>().BindConfiguration(Core.Mail.SmtpOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        builder.Services.AddSingleton(dataDirectory);
        builder.Services.AddSingleton(contentDirectory);
        builder.Services.AddSingleton(plugins);
        // First hosted service: migrations and first-boot import finish before the indexer and scheduler start.
        builder.Services.AddHostedService<PortalInitializer>();
        builder.Services.AddPortalCore();
        builder.Services.AddPortalData(options, builder.Configuration.GetConnectionString("IntegrationsNetz"), dataDirectory);
        builder.Services.AddPortalAccounts(options, dataDirectory);
        builder.Services.AddPortalSecurity(builder, options);
        builder.Services.AddPortalLocalization();
        builder.Services.AddPortalOperations();
        builder.Services.AddPortalContent();
        builder.Services.AddPortalPages();
        builder.Services.AddPluginPages(discovered, plugins);
        builder.Services.AddScoped<SearchParameters>();
        builder.Services.AddSingleton<IndexRebuildRun>();
        builder.Services.AddScoped<OfferCsvImport>();
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
        app.UseStaticFiles();
        app.UseMiddleware<PublicCultureMiddleware>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPortalOperations();
        app.MapAuthApi();
        app.MapMunicipalitiesApi();
        app.MapSearchApi();
        app.MapOffersApi();
        app.MapVolunteersApi();
        app.MapRazorPages();
        foreach (var plugin in app.Services.GetRequiredService<PluginCatalog>().Plugins)
        {
            plugin.MapEndpoints(app);
        }

        return app;
    }
}
