namespace IntegrationsNetz.Web.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RouteOptions>(o => o.ConstraintMap.Add("portalculture", typeof(PortalCultureRouteConstraint)));
        return services;
    }
}
