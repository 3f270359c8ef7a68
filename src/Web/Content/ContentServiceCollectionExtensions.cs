namespace IntegrationsNetz.Web.Content;

public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddPortalContent(this IServiceCollection services)
    {
        services.AddHostedService<PageScheduler>();
        return services;
    }
}
