using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.ContentFiles;

public static class ContentFilesServiceCollectionExtensions
{
    /// <summary>Content and structure as files in uSync/: export and all-or-nothing import.</summary>
    public static IServiceCollection AddContentFiles(this IServiceCollection services)
    {
        services.AddScoped<ContentExporter>();
        services.AddScoped<ContentImporter>();
        return services;
    }
}
