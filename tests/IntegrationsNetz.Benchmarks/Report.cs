using System.Globalization;

namespace IntegrationsNetz.Benchmarks;

/// <summary>The Markdown summary for docs/performance.md, and the targets of the issue.</summary>
public static class Report
{
    private const double BuildTargetSeconds = 20;
    private const double P95TargetMs = 10;
    private const double P99TargetMs = 25;
    private const double MemoryTargetMb = 500;
    private const double GrowthTarget = 3;

    public static void Print(IReadOnlyList<SizeResult> results, BenchmarkOptions options)
    {
        Console.WriteLine();
        Console.WriteLine("## Results");
        Console.WriteLine();
        Console.WriteLine("| offers | build s | p50 ms | p95 ms | p99 ms | max ms | peak MB | managed MB | segments | index MB |");
        Console.WriteLine("|-------:|--------:|-------:|-------:|-------:|-------:|--------:|-----------:|---------:|---------:|");
        foreach (var r in results)
        {
            Console.WriteLine(Invariant($"| {r.Size:N0} | {r.BuildSeconds:F2} | {r.P50:F2} | {r.P95:F2} | {r.P99:F2} | {r.Max:F1} | {r.PeakMb:F0} | {r.ManagedMb:F0} | {r.Segments} | {r.IndexMb:F1} |"));
        }

        var p10k = results.FirstOrDefault(r => r.Size == 10_000);
        var p100k = results.FirstOrDefault(r => r.Size == 100_000);
        Console.WriteLine();
        if (p10k is not null && p100k is not null)
        {
            Console.WriteLine(Invariant($"p95(100k) / p95(10k) = {p100k.P95 / p10k.P95:F2}; p99(100k) / p99(10k) = {p100k.P99 / p10k.P99:F2}"));
        }

        var largest = results.MaxBy(r => r.Size);
        if (largest is null)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"### Per query at {largest.Size:N0} offers ({largest.PerQuery[0].Runs}–{largest.PerQuery.Max(q => q.Runs)} runs each)"));
        Console.WriteLine();
        Console.WriteLine("| query | hits | p50 ms | p95 ms | p99 ms | max ms | KB allocated |");
        Console.WriteLine("|-------|-----:|-------:|-------:|-------:|-------:|-------------:|");
        foreach (var q in largest.PerQuery.OrderByDescending(q => q.P95))
        {
            var name = q.DidYouMean is null ? q.Name : $"{q.Name} („{q.DidYouMean}“)";
            Console.WriteLine(Invariant($"| {name} | {q.Total:N0} | {q.P50:F2} | {q.P95:F2} | {q.P99:F2} | {q.Max:F1} | {q.AllocatedKb:N0} |"));
        }

        if (largest.Size != 100_000)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("### Targets at 100,000 offers");
        Console.WriteLine();
        Target("build time", largest.BuildSeconds, BuildTargetSeconds, "s");
        Target("p95", largest.P95, P95TargetMs, "ms");
        Target("p99", largest.P99, P99TargetMs, "ms");
        Target("peak working set", largest.PeakMb, MemoryTargetMb, "MB");
        if (p10k is not null)
        {
            Target("p95 growth 10k → 100k", largest.P95 / p10k.P95, GrowthTarget, "x");
        }

        _ = options;
    }

    private static void Target(string name, double value, double limit, string unit) =>
        Console.WriteLine(Invariant($"- {name}: {value:F2} {unit} (target ≤ {limit} {unit}) — {(value <= limit ? "met" : "MISSED")}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
