using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Benchmarks;

/// <summary>Where the time of a search goes (--breakdown): filled in once the first runs show what is slow.</summary>
public static class Breakdown
{
    public static void Run(SearchIndex index, SearchService service)
    {
        _ = index;
        _ = service;
    }
}
