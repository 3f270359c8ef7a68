using System.Diagnostics;
using System.Globalization;
using IntegrationsNetz.Core.Search;
using Lucene.Net.Search;

namespace IntegrationsNetz.Benchmarks;

/// <summary>
/// --breakdown: where the time of one SearchService.Search goes, stage by stage. It calls the service's own internal
/// steps (TextQueryBuilder, Filters, Combine, HitCollector) one after another, so the stages are the production code.
/// </summary>
public static class Breakdown
{
    private static readonly string[] Stages = ["query", "match only", "collect", "facets", "page", "display values", "snippets", "suggest"];

    public static void Run(SearchIndex index, IReadOnlyList<BenchmarkQuery> queries, int repetitions = 40)
    {
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
        Console.WriteLine("query = analysis, typo expansion and filters; match only = matching with Lucene's TotalHitCountCollector;");
        Console.WriteLine("collect = the extra cost of HitCollector (scores, distance, facet ords, top hits); page = sorting the kept hits.");
        TextQueryParts(index, analyzer, repetitions);
    }

    /// <summary>
    /// Which alternatives of TextQueryBuilder's per-word query cost the matching time: the same word matched with
    /// TotalHitCountCollector as built, and with parts of the query left out.
    /// </summary>
    private static void TextQueryParts(SearchIndex index, GermanSearchAnalyzer analyzer, int repetitions)
    {
        static bool IsFuzzy(BooleanClause c) => c.Query is BooleanQuery { CoordDisabled: true };
        static bool IsParts(BooleanClause c) => c.Query is ConstantScoreQuery;
        (string Name, Func<BooleanClause, bool> Drop)[] variants =
        [
            ("as built", _ => false),
            ("without typo terms", IsFuzzy),
            ("without typo terms and compound parts", c => IsFuzzy(c) || IsParts(c)),
        ];
        Console.WriteLine();
        Console.WriteLine("### Matching cost of the parts of the text query (TotalHitCountCollector; median ms / hits)");
        Console.WriteLine();
        Console.WriteLine("| words | " + string.Join(" | ", variants.Select(v => v.Name)) + " |");
        Console.WriteLine("|-------|" + string.Concat(variants.Select(_ => "----:|")));
        var searcher = index.Acquire();
        try
        {
            foreach (var words in new[] { "Deutschkurs", "Sprachkurs", "Integrationskurs", "Integrationskurz", "Bürgeramt", "Kinderbetreuung", "Praktikum Pflege" })
            {
                var built = TextQueryBuilder.Build(TextQueryBuilder.Analyze(analyzer, words), searcher.IndexReader)!;
                var cells = new List<string>();
                foreach (var (_, drop) in variants)
                {
                    var query = Strip(built, drop);
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
        var searcher = index.Acquire();
        try
        {
            var t = Stopwatch.GetTimestamp();
            double Lap()
            {
                var now = Stopwatch.GetTimestamp();
                var ms = (now - t) * 1000.0 / Stopwatch.Frequency;
                t = now;
                return ms;
            }

            var reader = searcher.IndexReader;
            var tokens = TextQueryBuilder.Analyze(analyzer, request.Query);
            var filter = SearchFilter.Create(request, reader);
            var order = SearchService.Order(request, tokens.Count > 0);
            var query = SearchService.Combine(TextQueryBuilder.Build(tokens, reader, ranked: order == HitOrder.Score), filter.Clauses);
            times[0] = Lap();

            searcher.Search(query, new TotalHitCountCollector());
            times[1] = Lap();

            var collector = new HitCollector(filter, request.Near, request.RadiusKm, order, request.Page * request.PageSize,
                order == HitOrder.Title ? ReaderValues.TitleRank(reader) : null);
            searcher.Search(query, collector);
            times[2] = Math.Max(0, Lap() - times[1]);

            _ = collector.Facets;
            times[3] = Lap();

            var page = collector.Best().Skip((request.Page - 1) * request.PageSize).ToList();
            times[4] = Lap();

            var documents = page.Select(h => HitDisplay.Of(reader, h.Doc)).ToList();
            times[5] = Lap();

            foreach (var document in documents)
            {
                Snippets.Build(analyzer, document.Text, tokens);
            }

            times[6] = Lap();
            if (collector.Total == 0 && tokens.Count > 0)
            {
                SpellingSuggester.Suggest(reader, request.Query!);
            }

            times[7] = Lap();
        }
        finally
        {
            index.Release(searcher);
        }

        return times;
    }

    private static string F(double ms) => ms.ToString(ms < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);
}
