using System.Diagnostics;
using System.Globalization;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using IntegrationsNetz.Testing.Relevance;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Benchmarks;

/// <summary>
/// Relevance benchmark: imports the relevance directory (tests/Relevance) into a SQLite portal database, indexes it
/// with the production code and runs the relevance set (same queries and scoring as RelevanceTests) once per stemming,
/// printing success@k and nDCG@10 per class of query and the time per query.
/// dotnet run -c Release --project tests/IntegrationsNetz.Benchmarks -- relevance [Light,LightWithDerivations,Snowball]
/// </summary>
public static class RelevanceBenchmark
{
    public static async Task RunAsync(IReadOnlyList<GermanStemming> stemmings)
    {
        foreach (var stemming in stemmings)
        {
            // Set before any analyzer of this run exists: index, queries and synonyms all use it.
            GermanSearchAnalyzer.DefaultStemming = stemming;
            var folder = Path.Combine(Path.GetTempPath(), "inetz-relevance-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                await using var services = MatchingBenchmark.Services(folder);
                using (var scope = services.CreateScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                    await PortalDatabase.MigrateAsync(db);
                    foreach (var plugin in services.GetRequiredService<PluginCatalog>().Plugins)
                    {
                        await plugin.MigrateAsync(db, CancellationToken.None);
                    }

                    await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(RelevanceSet.Folder);
                }

                await services.GetRequiredService<SearchIndexer>().CatchUpAsync();
                var search = services.GetRequiredService<SearchService>();
                search.Synonyms = SearchSynonyms.Load(Path.Combine(TestPaths.DemoContent, SearchSynonyms.RelativePath));
                var everything = Enumerable.Range(1, 5)
                    .SelectMany(page => search.Search(new SearchRequest { PageSize = 100, Page = page }).Items)
                    .Select(h => new RelevanceHit(h.Slug, h.Kind.ToString())).ToList();
                var times = new List<double>();
                var score = RelevanceSet.Evaluate(q =>
                {
                    var watch = Stopwatch.StartNew();
                    var hits = search.Search(new SearchRequest { Query = q, PageSize = 20 }).Items;
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    return hits.Select(h => new RelevanceHit(h.Slug, h.Kind.ToString())).ToList();
                }, everything);
                times.Sort();
                Console.WriteLine();
                Console.WriteLine($"## {stemming}: {everything.Count} offers, {score.Outcomes.Count} queries");
                Console.WriteLine(score.Report());
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Time per query (first run, JIT included): median {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
