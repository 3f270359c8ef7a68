using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.ContentFiles;

namespace IntegrationsNetz.Web.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Pages (Core), their scheduled publishing, who may edit which page, and content as files.</summary>
    public static IServiceCollection AddPortalContent(this IServiceCollection services)
    {
        services.AddContent();
        services.AddContentFiles();
        services.AddScoped<ContentAccess>();
        services.AddHostedService<PageScheduler>();
        return services;
    }
}
