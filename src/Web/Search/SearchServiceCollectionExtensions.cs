using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Web.Hosting;

namespace IntegrationsNetz.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The node's search index (Core), the request's search parameters and the back office's rebuild run.</summary>
    public static IServiceCollection AddPortalSearch(this IServiceCollection services)
    {
        services.AddSearch();
        // The operator's synonym list in uSync/Search, read at start.
        services.AddSingleton(sp => SearchSynonymsFile.For(sp.GetRequiredService<ContentDirectory>())(sp));
        services.AddSingleton(sp => sp.GetRequiredService<SearchSynonymsFile>().Load());
        // Changed from the back office or the API: at once on this node, on the next stamp check on the others.
        services.AddSingleton<SearchSynonymsEditor>();
        services.AddHostedService<SearchSynonymsWatch>();
        services.AddScoped<SearchParameters>();
        services.AddSingleton<MunicipalityPlaces>();
        services.AddSingleton<IndexRebuildRun>();
        return services;
    }
}
