using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>This node's Lucene index of the directory, kept current from the indexing tasks by a background indexer.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<OfferDocument>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexer>());
        return services;
    }
}
