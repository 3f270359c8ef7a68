using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The node's search index (Core), the request's search parameters and the back office's rebuild run.</summary>
    public static IServiceCollection AddPortalSearch(this IServiceCollection services)
    {
        services.AddSearch();
        services.AddScoped<SearchParameters>();
        services.AddSingleton<IndexRebuildRun>();
        return services;
    }
}
