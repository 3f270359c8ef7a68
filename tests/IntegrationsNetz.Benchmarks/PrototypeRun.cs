using System.Diagnostics;
using System.Globalization;
using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Benchmarks;

/// <summary>--prototype: the query mix against PrototypeSearch with the proposed changes switched on one after another.</summary>
public static class PrototypeRun
{
    public static IReadOnlyList<PrototypeOptions> Steps { get; } =
    [
        new("prototype, nothing changed"),
        new("+ top-k instead of sorting all hits", TopK: true),
        new("+ doc values cached in arrays", TopK: true, CachedValues: true),
        new("+ cached filters, no geo box", TopK: true, CachedValues: true, CachedFilters: true),
        new("+ fuzzy only for unknown words", TopK: true, CachedValues: true, CachedFilters: true, FuzzyOnlyForUnknownWords: true),
        new("+ compound parts only in title/tags", TopK: true, CachedValues: true, CachedFilters: true, FuzzyOnlyForUnknownWords: true, PartsInTitleAndTagsOnly: true),
    ];

    public static void Run(SearchIndex index, SearchService service, IReadOnlyList<BenchmarkQuery> queries, BenchmarkOptions options)
    {
        var reference = queries.Select(q => service.Search(q.Request)).ToList();
        Console.WriteLine();
        Console.WriteLine($"### Proposed changes, measured with a prototype of SearchService ({options.Queries} queries after {options.Warmup} warm-up, ms)");
        Console.WriteLine();
        Console.WriteLine("| step | p50 | p95 | p99 | max | KB allocated per query | results differ from SearchService |");
        Console.WriteLine("|------|----:|----:|----:|----:|-----------------------:|-----------------------------------|");
        var stepNumber = 0;
        var perStep = new List<List<double>[]>();
        foreach (var step in Steps)
        {
            var prototype = new PrototypeSearch(index, step);
            var differences = new List<string>();
            for (var q = 0; q < queries.Count; q++)
            {
                var difference = Compare(reference[q], prototype.Search(queries[q].Request));
                if (difference is not null)
                {
                    differences.Add($"{queries[q].Name}: {difference}");
                }
            }

            for (var i = 0; i < options.Warmup; i++)
            {
                prototype.Search(queries[i % queries.Count].Request);
            }

            var samples = queries.Select(_ => new List<double>()).ToArray();
            var all = new List<double>();
            var order = Enumerable.Range(0, queries.Count).ToArray();
            var shuffle = new Random(7);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            while (all.Count < options.Queries)
            {
                shuffle.Shuffle(order);
                foreach (var q in order.TakeWhile(_ => all.Count < options.Queries))
                {
                    var t0 = Stopwatch.GetTimestamp();
                    prototype.Search(queries[q].Request);
                    var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    samples[q].Add(ms);
                    all.Add(ms);
                }
            }

            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / all.Count;
            var sorted = all.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {stepNumber++}: {step.Name} | {SearchBenchmark.Percentile(sorted, 50):F2} | {SearchBenchmark.Percentile(sorted, 95):F2} | {SearchBenchmark.Percentile(sorted, 99):F2} | {sorted[^1]:F1} | {kb:N0} | {(differences.Count == 0 ? "none" : string.Join("; ", differences))} |"));
            perStep.Add(samples);
        }

        Console.WriteLine();
        Console.WriteLine("p50 per query and step (ms; steps as in the table above, cumulative), hits before → after:");
        Console.WriteLine();
        Console.WriteLine("| query | hits | " + string.Join(" | ", Enumerable.Range(0, Steps.Count).Select(i => $"step {i}")) + " |");
        Console.WriteLine("|-------|-----:|" + string.Concat(Steps.Select(_ => "----:|")));
        var final = new PrototypeSearch(index, Steps[^1]);
        for (var q = 0; q < queries.Count; q++)
        {
            var after = final.Search(queries[q].Request).Total;
            var hits = after == reference[q].Total ? $"{after:N0}" : $"{reference[q].Total:N0} → {after:N0}";
            var cells = perStep.Select(samples => SearchBenchmark.Percentile(samples[q].Order().ToArray(), 50).ToString("F2", CultureInfo.InvariantCulture));
            Console.WriteLine($"| {queries[q].Name} | {hits} | {string.Join(" | ", cells)} |");
        }
    }

    private static string? Compare(SearchResult expected, SearchResult actual)
    {
        if (expected.Total != actual.Total)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{expected.Total:N0} → {actual.Total:N0} hits");
        }

        if (!expected.Items.Select(i => i.Id).SequenceEqual(actual.Items.Select(i => i.Id)))
        {
            return "other order";
        }

        if (expected.Items.Zip(actual.Items).Any(p => p.First != p.Second && !(p.First with { Municipalities = [] }).Equals(p.Second with { Municipalities = [] })))
        {
            return "other hit content";
        }

        foreach (var (facet, counts) in expected.Facets)
        {
            var other = actual.Facets.GetValueOrDefault(facet) ?? new Dictionary<string, int>();
            if (counts.Count != other.Count || counts.Any(c => other.GetValueOrDefault(c.Key) != c.Value))
            {
                return $"other {facet} counts";
            }
        }

        return expected.DidYouMean == actual.DidYouMean ? null : "other suggestion";
    }
}
