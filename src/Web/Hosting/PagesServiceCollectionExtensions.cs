using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Content;
using IntegrationsNetz.Web.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace IntegrationsNetz.Web.Hosting;

public static class PagesServiceCollectionExtensions
{
    public static IServiceCollection AddPortalPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            // Pages live in their feature folders (Offers/BackOffice/Edit.cshtml), each with an explicit route.
            o.RootDirectory = "/";
            o.Conventions.Add(new BackOfficePageConvention());
            o.Conventions.AddPageRoute("/Offers/BackOffice/Edit", "backoffice/offers/new/{kind}");
        }).AddPortalValidationMessages();
        services.AddAntiforgery(o => o.Cookie.Name = "inetz.af");
        services.AddScoped<ContentAccess>();
        services.AddScoped<Core.Plugins.IDashboardTasks, Dashboard.StaffTasks>();
        services.AddScoped<Common.Charts.IDashboardCharts, Dashboard.OfferCharts>();
        return services;
    }

    /// <summary>
    /// A plugin's Razor pages follow the plugin catalog: an enabled plugin's pages are there even when the build's
    /// list of application parts is stale (MSBuild regenerates it only when the host's own project files change),
    /// and a disabled plugin's pages are gone together with the services they need.
    /// </summary>
    public static IServiceCollection AddPluginPages(this IServiceCollection services, PluginCatalog discovered, PluginCatalog enabled)
    {
        var enabledAssemblies = enabled.Plugins.Select(p => p.GetType().Assembly).Distinct().ToList();
        var disabledNames = discovered.Plugins.Select(p => p.GetType().Assembly).Except(enabledAssemblies)
            .Select(a => a.GetName().Name).ToHashSet(StringComparer.Ordinal);
        services.AddMvcCore().ConfigureApplicationPartManager(manager =>
        {
            foreach (var part in manager.ApplicationParts.Where(p => disabledNames.Contains(p.Name)).ToList())
            {
                manager.ApplicationParts.Remove(part);
            }

            foreach (var assembly in enabledAssemblies.Where(a => manager.ApplicationParts.All(p => p.Name != a.GetName().Name)))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    manager.ApplicationParts.Add(part);
                }
            }
        });
        return services;
    }
}
