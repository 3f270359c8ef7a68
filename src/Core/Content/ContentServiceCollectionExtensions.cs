using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Pages and their culture variants: writing (with versions and schedules) and reading published text.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PageService>();
        services.AddScoped<PageReader>();
        services.AddSingleton<ISaveChangesInterceptor, PublicPageChanges>();
        return services;
    }
}
