using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using IntegrationsNetz.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IntegrationsNetz.Benchmarks;

/// <summary>
/// --breakdown: where the time of one SearchService.Search goes, stage by stage. It runs the service's own private
/// steps (Filters, Combine, HitCollector, Sort) through reflection, so the stages are exactly the production code;
/// if a step is renamed in src/, the breakdown says so instead of failing.
/// </summary>
public static class Breakdown
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;
    private static readonly MethodInfo? FiltersMethod = typeof(SearchService).GetMethod("Filters", Private);
    private static readonly MethodInfo? CombineMethod = typeof(SearchService).GetMethod("Combine", Private);
    private static readonly MethodInfo? SortMethod = typeof(SearchService).GetMethod("Sort", Private);
    private static readonly Type? CollectorType = typeof(SearchService).Assembly.GetType("IntegrationsNetz.Core.Search.HitCollector");

    private static readonly string[] Stages = ["analyze+build", "rewrite", "match only", "collect", "facets", "sort+page", "stored fields", "snippets", "suggest"];

    public static void Run(SearchIndex index, IReadOnlyList<BenchmarkQuery> queries, int repetitions = 40)
    {
        if (FiltersMethod is null || CombineMethod is null || SortMethod is null || CollectorType is null)
        {
            Console.WriteLine("   breakdown unavailable: SearchService.Filters/Combine/Sort or HitCollector not found (renamed in src/?)");
            return;
        }

        var analyzer = new GermanSearchAnalyzer();
        Console.WriteLine();
        Console.WriteLine($"### Where the time goes (median of {repetitions} runs per stage, ms)");
        Console.WriteLine();
        Console.WriteLine("| query | " + string.Join(" | ", Stages) + " | sum |");
        Console.WriteLine("|-------|" + string.Concat(Stages.Select(_ => "----:|")) + "----:|");
        var totals = new double[Stages.Length];
        foreach (var query in queries)
        {
            var samples = Stages.Select(_ => new double[repetitions]).ToArray();
            for (var r = 0; r < repetitions + 5; r++)
            {
                var times = Measure(index, analyzer, query.Request);
                if (r >= 5)
                {
                    for (var s = 0; s < Stages.Length; s++)
                    {
                        samples[s][r - 5] = times[s];
                    }
                }
            }

            var medians = samples.Select(s => SearchBenchmark.Percentile(s.Order().ToArray(), 50)).ToArray();
            for (var s = 0; s < Stages.Length; s++)
            {
                totals[s] += medians[s];
            }

            Console.WriteLine($"| {query.Name} | " + string.Join(" | ", medians.Select(F)) + $" | {F(medians.Sum())} |");
        }

        Console.WriteLine($"| **sum over the mix** | " + string.Join(" | ", totals.Select(t => $"**{F(t)}**")) + $" | **{F(totals.Sum())}** |");
        Console.WriteLine();
        Console.WriteLine("rewrite = query rewriting (FuzzyQuery expansion: Levenshtein automata + term enumeration); match only = matching with");
        Console.WriteLine("Lucene's TotalHitCountCollector, less the rewrite; collect = the extra cost of HitCollector (scores, doc values, facet ords).");
        TextQueryParts(index, analyzer, repetitions);
    }

    /// <summary>
    /// Which alternatives of TextQueryBuilder's per-word query cost the matching time: the same word matched with
    /// TotalHitCountCollector (rewrite included) as built, and with parts of the query left out.
    /// </summary>
    private static void TextQueryParts(SearchIndex index, GermanSearchAnalyzer analyzer, int repetitions)
    {
        (string Name, Func<Query, Query?> Variant)[] variants =
        [
            ("as built", q => q),
            ("without fuzzy", q => Strip(q, c => c.Query is FuzzyQuery)),
            ("without fuzzy and compound parts", q => Strip(q, c => c.Query is FuzzyQuery || c.Query is BooleanQuery { Boost: 0.5f })),
            ("whole word in title + tags only", q => Strip(q, c => c.Query is FuzzyQuery || c.Query is BooleanQuery { Boost: 0.5f } || c.Query is TermQuery { Term.Field: SearchFields.Description })),
        ];
        Console.WriteLine();
        Console.WriteLine("### Matching cost of the parts of the text query (TotalHitCountCollector, rewrite included; median ms / hits)");
        Console.WriteLine();
        Console.WriteLine("| words | " + string.Join(" | ", variants.Select(v => v.Name)) + " |");
        Console.WriteLine("|-------|" + string.Concat(variants.Select(_ => "----:|")));
        var searcher = index.Acquire();
        try
        {
            foreach (var words in new[] { "Deutschkurs", "Sprachkurs", "Integrationskurs", "Bürgeramt", "Kinderbetreuung", "Praktikum Pflege" })
            {
                var built = TextQueryBuilder.Build(TextQueryBuilder.Analyze(analyzer, words))!;
                var cells = new List<string>();
                foreach (var (_, variant) in variants)
                {
                    var query = variant(built)!;
                    var times = new double[repetitions];
                    var hits = 0;
                    for (var r = 0; r < repetitions; r++)
                    {
                        var count = new TotalHitCountCollector();
                        var t0 = Stopwatch.GetTimestamp();
                        searcher.Search(query, count);
                        times[r] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                        hits = count.TotalHits;
                    }

                    cells.Add($"{F(SearchBenchmark.Percentile(times.Order().ToArray(), 50))} / {hits:N0}");
                }

                Console.WriteLine($"| {words} | {string.Join(" | ", cells)} |");
            }
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private static Query Strip(Query query, Func<BooleanClause, bool> drop)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses.Where(c => !drop(c)))
        {
            copy.Add(Strip(clause.Query, drop), clause.Occur);
        }

        return copy;
    }

    private static double[] Measure(SearchIndex index, GermanSearchAnalyzer analyzer, SearchRequest request)
    {
        var times = new double[Stages.Length];
        var t = Stopwatch.GetTimestamp();
        double Lap()
        {
            var now = Stopwatch.GetTimestamp();
            var ms = (now - t) * 1000.0 / Stopwatch.Frequency;
            t = now;
            return ms;
        }

        var tokens = TextQueryBuilder.Analyze(analyzer, request.Query);
        var text = TextQueryBuilder.Build(tokens);
        var filters = (IReadOnlyList<Query>)FiltersMethod!.Invoke(null, [request])!;
        var query = (Query)CombineMethod!.Invoke(null, [text, filters])!;
        times[0] = Lap();
        var searcher = index.Acquire();
        try
        {
            t = Stopwatch.GetTimestamp();
            searcher.Rewrite(query);
            times[1] = Lap();

            var count = new TotalHitCountCollector();
            searcher.Search(query, count);
            var match = Lap();
            times[2] = Math.Max(0, match - times[1]);

            var collector = Activator.CreateInstance(CollectorType!, [request.Near, request.RadiusKm])!;
            t = Stopwatch.GetTimestamp();
            searcher.Search(query, (ICollector)collector);
            times[3] = Math.Max(0, Lap() - match);

            _ = CollectorType!.GetProperty("Facets")!.GetValue(collector);
            times[4] = Lap();

            var hits = CollectorType.GetProperty("Hits")!.GetValue(collector)!;
            var sorted = (IEnumerable)SortMethod!.Invoke(null, [hits, request, tokens.Count > 0, searcher.IndexReader])!;
            var page = sorted.Cast<object>().Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
            times[5] = Lap();

            var docProperty = page.Count > 0 ? page[0].GetType().GetProperty("Doc")! : null;
            var documents = page.Select(h => searcher.Doc((int)docProperty!.GetValue(h)!)).ToList();
            times[6] = Lap();

            foreach (var document in documents)
            {
                Snippets.Build(analyzer, document.Get(SearchFields.StoredText) ?? string.Empty, tokens);
            }

            times[7] = Lap();
            if (((ICollection)hits).Count == 0 && tokens.Count > 0)
            {
                SpellingSuggester.Suggest(searcher.IndexReader, request.Query!);
            }

            times[8] = Lap();
        }
        finally
        {
            index.Release(searcher);
        }

        return times;
    }

    private static string F(double ms) => ms.ToString(ms < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);
}
