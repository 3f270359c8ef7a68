using System.Diagnostics;
using System.Globalization;
using IntegrationsNetz.Benchmarks;

// Search benchmark: builds the Lucene index from synthetic offers and measures query latency and memory.
// dotnet run -c Release --project tests/IntegrationsNetz.Benchmarks [sizes] [--queries N] [--warmup N] [--breakdown] [--build-only] [--dump FOLDER] [--keep] [--reuse FOLDER]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is ["mail", ..])
{
    // Mail outbox benchmark (see MailBenchmark.cs): dotnet run -c Release --project tests/IntegrationsNetz.Benchmarks -- mail [count]
    await MailBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args is ["matching", ..])
{
    // Matching benchmark (see MatchingBenchmark.cs): -- matching [offers] [volunteers] [--needs N]
    var numbers = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
    var needsAt = Array.IndexOf(args, "--needs");
    await MatchingBenchmark.RunAsync(
        numbers.Count > 0 ? numbers[0] : 100_000,
        numbers.Count > 1 ? numbers[1] : 10_000,
        needsAt > 0 ? int.Parse(args[needsAt + 1], CultureInfo.InvariantCulture) : 1_000);
    return;
}

if (args is ["certificate", ..])
{
    // PDF benchmark (see CertificateBenchmark.cs): -- certificate [activities] [--renders N]
    var rendersAt = Array.IndexOf(args, "--renders");
    CertificateBenchmark.Run(
        args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200,
        rendersAt > 0 ? int.Parse(args[rendersAt + 1], CultureInfo.InvariantCulture) : 200);
    return;
}

if (args is ["relevance", ..])
{
    // Relevance benchmark (see RelevanceBenchmark.cs): -- relevance [stemmings, comma-separated]
    await RelevanceBenchmark.RunAsync(args.Length > 1
        ? args[1].Split(',').Select(Enum.Parse<IntegrationsNetz.Core.Search.GermanStemming>).ToList()
        : Enum.GetValues<IntegrationsNetz.Core.Search.GermanStemming>());
    return;
}

// --stemming NAME: index and search with another stemmer than the portal's (to compare their speed).
var stemmingAt = Array.IndexOf(args, "--stemming");
if (stemmingAt >= 0)
{
    IntegrationsNetz.Core.Search.GermanSearchAnalyzer.DefaultStemming = Enum.Parse<IntegrationsNetz.Core.Search.GermanStemming>(args[stemmingAt + 1]);
    args = [.. args[..stemmingAt], .. args[(stemmingAt + 2)..]];
}

Console.WriteLine($"Stemming: {IntegrationsNetz.Core.Search.GermanSearchAnalyzer.DefaultStemming}");
var options = BenchmarkOptions.Parse(args);
Console.WriteLine($"Search benchmark: sizes {string.Join(", ", options.Sizes)}; {options.Queries} timed queries after {options.Warmup} warm-up queries per size; {BenchmarkQueries.All.Count} queries in the mix.");
Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}");
#if DEBUG
Console.WriteLine("WARNING: Debug build; run with -c Release for real numbers.");
#endif

var generator = new SyntheticOffers();

var results = new List<SizeResult>();
foreach (var size in options.Sizes)
{
    results.Add(SearchBenchmark.Run(generator, size, options));
}

Report.Print(results, options);
