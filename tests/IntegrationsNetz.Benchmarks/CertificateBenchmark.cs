using System.Diagnostics;
using System.Globalization;
using IntegrationsNetz.Core.Documents;
using IntegrationsNetz.Plugins.CaseMatching.Engagement;

namespace IntegrationsNetz.Benchmarks;

/// <summary>
/// PDF benchmark: the production CertificatePdf renders an Ehrenamtsnachweis with a number of activities over two
/// years (the PdfWriter with HarfBuzz shaping, ICU line breaking and Skia's PDF backend), one after another.
/// dotnet run -c Release --project tests/IntegrationsNetz.Benchmarks -- certificate [activities] [--renders N]
/// </summary>
public static class CertificateBenchmark
{
    private static readonly string[] Titles =
    [
        "Begleitung zur Ausländerbehörde", "Hausaufgabenhilfe", "Übersetzung beim Elternabend", "Begleitung zum Jobcenter",
        "Hilfe beim Umzug", "Sprachcafé", "Begleitung zur Kinderärztin und Hilfe beim Ausfüllen der Anmeldeformulare",
    ];

    public static void Run(int activities, int renders)
    {
        using var fonts = new DocumentFonts();
        var certificates = new CertificatePdf(new PdfWriter(fonts), TimeProvider.System);
        var certificate = Sample(activities);
        Console.WriteLine($"Certificate benchmark: {activities} activities, {renders} timed renders after 20 warm-up renders; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        byte[] pdf = [];
        for (var i = 0; i < 20; i++)
        {
            pdf = certificates.Render(certificate);
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var latencies = new List<double>(renders);
        for (var i = 0; i < renders; i++)
        {
            var watch = Stopwatch.StartNew();
            pdf = certificates.Render(certificate);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / renders;
        latencies.Sort();
        double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Console.WriteLine("| activities | pages | PDF KB | p50 ms | p95 ms | max ms | allocated MB per render | load |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {activities} | {document.NumberOfPages} | {pdf.Length / 1024} | {P(0.5):0.0} | {P(0.95):0.0} | {latencies[^1]:0.0} | {allocated / 1024.0 / 1024.0:0.0} | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} |"));
    }

    private static EngagementCertificate Sample(int activities)
    {
        var list = Enumerable.Range(0, activities)
            .Select(i => new EngagementActivity(Titles[i % Titles.Length], new DateOnly(2025, 1, 1).AddDays(i * 700 / Math.Max(1, activities)), 0.25m * (1 + (i % 12))))
            .ToList();
        var years = list.GroupBy(a => a.On.Year).Select(g => new EngagementYear(g.Key, g.Sum(a => a.Hours), [.. g])).ToList();
        return new EngagementCertificate("Олена Коваль", "AK Asyl Oftersheim", ["Oftersheim", "Plankstadt"], new DateOnly(2026, 12, 1), years);
    }
}
