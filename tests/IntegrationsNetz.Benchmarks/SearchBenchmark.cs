using System.Diagnostics;
using System.Globalization;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Search;
using Lucene.Net.Documents;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationsNetz.Benchmarks;

public sealed record BenchmarkOptions(IReadOnlyList<int> Sizes, int Queries, int Warmup, bool Breakdown, bool Keep, bool BuildOnly = false, string? Dump = null, string? Reuse = null)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var sizes = "1000,10000,100000";
        int queries = 2000, warmup = 200;
        bool breakdown = false, keep = false, buildOnly = false;
        string? dump = null, reuse = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--queries":
                    queries = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--warmup":
                    warmup = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--breakdown":
                    breakdown = true;
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--dump":
                    dump = args[++i];
                    break;
                case "--reuse":
                    reuse = args[++i];
                    break;
                case "--build-only":
                    buildOnly = true;
                    break;
                default:
                    sizes = args[i];
                    break;
            }
        }

        var parsed = sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.EndsWith('k') ? int.Parse(s[..^1], CultureInfo.InvariantCulture) * 1000 : int.Parse(s, CultureInfo.InvariantCulture))
            .ToList();
        return new BenchmarkOptions(parsed, queries, warmup, breakdown, keep || reuse is not null, buildOnly, dump, reuse);
    }
}

public sealed record QueryStats(string Name, int Runs, double P50, double P95, double P99, double Max, double AllocatedKb, int Total, string? DidYouMean);

public sealed record SizeResult(
    int Size,
    double GenerateSeconds,
    double DocumentSeconds,
    double BuildSeconds,
    int Segments,
    double IndexMb,
    double P50,
    double P95,
    double P99,
    double Max,
    double PeakAfterBuildMb,
    double PeakMb,
    double WorkingSetMb,
    double ManagedMb,
    double ManagedAfterGcMb,
    int Gen2Collections,
    IReadOnlyList<QueryStats> PerQuery);

/// <summary>One size: build a fresh index on disk, then time every SearchService.Search call of the interleaved query mix.</summary>
public static class SearchBenchmark
{
    public static SizeResult Run(SyntheticOffers generator, int size, BenchmarkOptions options)
    {
        // --reuse: query an index an earlier run kept (the build is deterministic), to compare query-side changes quickly.
        var folder = options.Reuse ?? Path.Combine(Path.GetTempPath(), "inetz-bench", $"{size}-{Guid.NewGuid():N}");
        var reused = options.Reuse is not null && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();
        Directory.CreateDirectory(folder);
        Console.WriteLine();
        Console.WriteLine($"== {size:N0} offers, index in {folder}; load average {LoadAverage()}");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var gen2Before = GC.CollectionCount(2);

        var documents = new OfferDocument(new MarkdownRenderer());
        var index = new SearchIndex(new DataDirectory(folder), NullLogger<SearchIndex>.Instance);
        try
        {
            // Build: Open + ReplaceAll with OfferDocument.Build for every offer. The synthetic offers stand in for the
            // database reads, so the time spent generating them is measured separately and left out of the build time.
            // ReplaceAll builds the documents on all cores, so "documents" is the sum of the threads' time.
            long generateTicks = 0, documentTicks = 0, fields = 0, textChars = 0;
            IEnumerable<Offer> Offers()
            {
                using var offers = generator.Generate(size).GetEnumerator();
                while (true)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    var more = offers.MoveNext();
                    generateTicks += Stopwatch.GetTimestamp() - t0;
                    if (!more)
                    {
                        yield break;
                    }

                    yield return offers.Current;
                }
            }

            Document Build(Offer offer)
            {
                var t0 = Stopwatch.GetTimestamp();
                var document = documents.Build(offer);
                Interlocked.Add(ref documentTicks, Stopwatch.GetTimestamp() - t0);
                Interlocked.Add(ref fields, document.Fields.Count);
                Interlocked.Add(ref textChars, offer.Text("de")?.Description.Length ?? 0);
                return document;
            }

            var cpuBefore = CurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            index.Open();
            if (!reused)
            {
                index.ReplaceAll(Offers(), Build, cursor: size);
            }

            var total = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var generate = (double)generateTicks / Stopwatch.Frequency;
            var document = (double)documentTicks / Stopwatch.Frequency;
            var build = total - generate;
            var cpu = (CurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var peakAfterBuild = Mb(CurrentProcess().PeakWorkingSet64);
            var indexMb = Mb(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length));
            var segments = Segments(index);
            Console.WriteLine($"   built in {build:F2} s on {Environment.ProcessorCount} threads, {cpu:F1} s CPU time of the process (OfferDocument.Build {document:F2} s summed over the threads; generating the offers took another {generate:F2} s); {index.DocumentCount:N0} documents, {segments} segments, {indexMb:F1} MB on disk; peak working set {peakAfterBuild:F0} MB");
            Console.WriteLine($"   per document on average: {(double)fields / size:F0} fields, {(double)textChars / size:F0} characters of German description (Markdown)");

            if (options.BuildOnly)
            {
                return new SizeResult(size, generate, document, build, segments, indexMb, 0, 0, 0, 0, peakAfterBuild, peakAfterBuild, 0, 0, 0, 0,
                    [new QueryStats("-", 0, 0, 0, 0, 0, 0, 0, null)]);
            }

            var service = new SearchService(index);
            var queries = BenchmarkQueries.All;
            if (options.Dump is { } dumpFolder)
            {
                ResultDump.Write(Path.Combine(dumpFolder, $"{size}.txt"), service, queries);
            }

            // Warm-up: JIT, Lucene's lazily loaded structures and the OS file cache.
            for (var i = 0; i < options.Warmup; i++)
            {
                service.Search(queries[i % queries.Count].Request);
            }

            // Timed: rounds over the whole mix, each round in a different (fixed) order.
            var samples = queries.Select(_ => new List<double>()).ToArray();
            var allocated = new long[queries.Count];
            var all = new List<double>(options.Queries);
            var order = Enumerable.Range(0, queries.Count).ToArray();
            var shuffle = new Random(size);
            while (all.Count < options.Queries)
            {
                shuffle.Shuffle(order);
                foreach (var q in order)
                {
                    if (all.Count >= options.Queries)
                    {
                        break;
                    }

                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    var t0 = Stopwatch.GetTimestamp();
                    service.Search(queries[q].Request);
                    var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    allocated[q] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    samples[q].Add(ms);
                    all.Add(ms);
                }
            }

            var perQuery = new List<QueryStats>();
            for (var q = 0; q < queries.Count; q++)
            {
                var result = service.Search(queries[q].Request);
                var sorted = samples[q].Order().ToArray();
                perQuery.Add(new QueryStats(queries[q].Name, sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1],
                    allocated[q] / 1024.0 / Math.Max(1, sorted.Length), result.Total, result.DidYouMean));
            }

            var times = all.Order().ToArray();
            using var process = CurrentProcess();
            var managed = Mb(GC.GetTotalMemory(forceFullCollection: false));
            var managedAfterGc = Mb(GC.GetTotalMemory(forceFullCollection: true));
            var result2 = new SizeResult(size, generate, document, build, segments, indexMb, Percentile(times, 50), Percentile(times, 95), Percentile(times, 99), times[^1],
                peakAfterBuild, Mb(process.PeakWorkingSet64), Mb(process.WorkingSet64), managed, managedAfterGc, GC.CollectionCount(2) - gen2Before, perQuery);
            Console.WriteLine($"   queries: p50 {result2.P50:F2} ms, p95 {result2.P95:F2} ms, p99 {result2.P99:F2} ms, max {result2.Max:F2} ms over {times.Length} queries");
            Console.WriteLine($"   load average after the queries: {LoadAverage()} (the machine is shared: other processes slow the run down)");
            Console.WriteLine($"   memory: peak working set {result2.PeakMb:F0} MB, working set {result2.WorkingSetMb:F0} MB, managed heap {managed:F0} MB ({managedAfterGc:F0} MB after a full GC), gen2 GCs {result2.Gen2Collections}");

            if (options.Breakdown)
            {
                Breakdown.Run(index, queries);
            }

            return result2;
        }
        finally
        {
            index.Dispose();
            if (!options.Keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int Segments(SearchIndex index)
    {
        var searcher = index.Acquire();
        try
        {
            var leaves = searcher.IndexReader.Leaves;

            // The sizes say how evenly the segment groups of a parallel search can be balanced.
            Console.WriteLine("   segment sizes (documents): " + string.Join(", ", leaves.Select(l => l.AtomicReader.MaxDoc).OrderDescending().Select(n => n.ToString("N0", CultureInfo.InvariantCulture))));
            return leaves.Count;
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private static Process CurrentProcess()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return process;
    }

    /// <summary>1, 5 and 15 minute load averages (Linux), to judge whether other work disturbed a run.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
}
