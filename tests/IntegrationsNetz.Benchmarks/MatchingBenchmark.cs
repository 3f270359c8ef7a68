using System.Diagnostics;
using System.Globalization;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Core.Volunteers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Plugins.CaseMatching;
using IntegrationsNetz.Plugins.CaseMatching.Matching;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationsNetz.Benchmarks;

/// <summary>
/// Matching benchmark: a SQLite portal database with the synthetic offers and approved volunteers, then the
/// production MatchingService ranks offers and volunteers for a fixed mix of needs. Target: at most 50 ms per need
/// at 100,000 offers and 10,000 volunteers.
/// dotnet run -c Release --project tests/IntegrationsNetz.Benchmarks -- matching [offers] [volunteers] [--needs N]
/// </summary>
public static class MatchingBenchmark
{
    private static readonly GoalArea[] Areas = Enum.GetValues<GoalArea>();
    private static readonly string[] Languages = ["ar", "fa", "uk", "tr", "ru", "en", "ku", "ti"];

    public static async Task RunAsync(int offers, int volunteers, int timed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "inetz-matching-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var services = Services(folder);
            var generator = new SyntheticOffers();
            var fill = Stopwatch.StartNew();
            await FillAsync(services, generator, offers, volunteers);
            Console.WriteLine($"Database filled with {offers:N0} offers and {volunteers:N0} approved volunteers in {fill.Elapsed.TotalSeconds:0.0} s (SQLite in {folder})");

            var load = Stopwatch.StartNew();
            using (var scope = services.CreateScope())
            {
                await services.GetRequiredService<OfferCatalog>().CurrentAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
            }

            Console.WriteLine($"Offer catalog loaded once at start: {load.Elapsed.TotalSeconds:0.0} s");
            var needs = Needs(generator);
            var latencies = new List<double>(timed);
            var suggestionsTotal = 0;
            // 200 warm-up needs, as the search benchmark's 200 warm-up queries: every code path tiered up before timing.
            const int warmup = 200;
            for (var i = -warmup; i < timed; i++)
            {
                var need = needs[(i + warmup) % needs.Count];
                using var scope = services.CreateScope();
                var matching = scope.ServiceProvider.GetRequiredService<MatchingService>();
                var watch = Stopwatch.StartNew();
                var result = await matching.SuggestAsync(need);
                watch.Stop();
                if (i >= 0)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                    suggestionsTotal += result.Offers.Count + result.Volunteers.Count;
                }
            }

            await BreakdownAsync(services, needs);
            latencies.Sort();
            double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
            Console.WriteLine();
            Console.WriteLine("| offers | volunteers | needs timed | p50 ms | p95 ms | p99 ms | max ms | target | peak MB |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {offers:N0} | {volunteers:N0} | {timed:N0} | {P(0.5):0.0} | {P(0.95):0.0} | {P(0.99):0.0} | {latencies[^1]:0.0} | p99 <= 50 ms {(P(0.99) <= 50 ? "met" : "MISSED")} | {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} |"));
            Console.WriteLine($"Average suggestions per need: {suggestionsTotal / (double)timed:0.0}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Where the time of one need goes: the catalog's freshness check, the scan of the offers, the rest (volunteers).</summary>
    private static async Task BreakdownAsync(ServiceProvider services, List<Need> needs)
    {
        var catalog = services.GetRequiredService<OfferCatalog>();
        var check = new List<double>();
        var scan = new List<double>();
        foreach (var need in needs.Concat(needs).Concat(needs))
        {
            using var scope = services.CreateScope();
            var watch = Stopwatch.StartNew();
            var snapshot = await catalog.CurrentAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
            check.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            Matcher.Suggest(need, snapshot, [], new DateOnly(2026, 11, 23));
            scan.Add(watch.Elapsed.TotalMilliseconds);
        }

        check.Sort();
        scan.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Breakdown (median / p95 ms): catalog check {check[check.Count / 2]:0.0} / {check[(int)(check.Count * 0.95)]:0.0}, offer scan and ranking {scan[scan.Count / 2]:0.0} / {scan[(int)(scan.Count * 0.95)]:0.0}; the rest of a need is the volunteer pool check and the volunteer ranking"));
    }

    /// <summary>A fixed mix: every area, big and small places, with and without level, childcare, women-only, languages, time windows.</summary>
    private static List<Need> Needs(SyntheticOffers generator)
    {
        var random = new Random(SyntheticOffers.Seed + 7);
        var places = generator.Municipalities;
        return Enumerable.Range(0, 40).Select(i => new Need
        {
            Id = Guid.NewGuid(),
            Area = Areas[i % Areas.Length],
            MunicipalityId = places[i % 3 == 0 ? random.Next(28) : random.Next(places.Count)].Id,
            GermanLevel = i % 4 == 3 ? null : (CefrLevel)random.Next(4),
            ChildcareNeeded = i % 3 == 0,
            WomenOnly = i % 7 == 0,
            Languages = [Languages[random.Next(Languages.Length)]],
            TimeWindows = [VolunteerCatalog.Slots[random.Next(VolunteerCatalog.Slots.Count)], VolunteerCatalog.Slots[random.Next(VolunteerCatalog.Slots.Count)]],
            MaxTravelKm = i % 5 == 0 ? 50 : 20,
        }).ToList();
    }

    private static async Task FillAsync(ServiceProvider services, SyntheticOffers generator, int offers, int volunteers)
    {
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await PortalDatabase.MigrateAsync(db);
            foreach (var plugin in services.GetRequiredService<PluginCatalog>().Plugins)
            {
                await plugin.MigrateAsync(db, CancellationToken.None);
            }

            db.AddRange(generator.Municipalities);
            await db.SaveChangesAsync();
        }

        foreach (var batch in generator.Generate(offers).Chunk(5_000))
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AttachRange(generator.Municipalities);
            foreach (var offer in batch)
            {
                offer.Status = OfferStatus.Published;
            }

            db.AddRange(batch);
            await db.SaveChangesAsync();
        }

        var random = new Random(SyntheticOffers.Seed + 3);
        foreach (var batch in Enumerable.Range(0, volunteers).Chunk(2_500))
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AttachRange(generator.Municipalities);
            foreach (var i in batch)
            {
                var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = $"ehrenamt{i}@benchmark.example", Email = $"ehrenamt{i}@benchmark.example" };
                db.Users.Add(user);
                db.Volunteers.Add(new Volunteer
                {
                    Id = Guid.CreateVersion7(),
                    UserId = user.Id,
                    DisplayName = $"Ehrenamt {i}",
                    Status = VolunteerStatus.Approved,
                    UnsubscribeToken = Guid.NewGuid().ToString("N"),
                    Municipalities = [generator.Municipalities[random.Next(generator.Municipalities.Count)]],
                    Languages = [$"{Languages[random.Next(Languages.Length)]}:B2", "de:native"],
                    Skills = [VolunteerCatalog.Skills[random.Next(VolunteerCatalog.Skills.Count)], VolunteerCatalog.Skills[random.Next(VolunteerCatalog.Skills.Count)]],
                    Availability = [VolunteerCatalog.Slots[random.Next(VolunteerCatalog.Slots.Count)]],
                });
            }

            await db.SaveChangesAsync();
        }
    }

    internal static ServiceProvider Services(string folder)
    {
        var data = new DataDirectory(folder);
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(data);
        var plugins = new PluginCatalog([new CaseMatchingPlugin()]);
        services.AddSingleton(plugins);
        services.AddContent().AddOrganisation().AddContentFiles().AddAccounts().AddMail().AddOffers().AddVolunteers().AddSearch();
        services.TryAddSingleton(TimeProvider.System);
        services.AddPortalData(new PortalOptions(), null, data);
        plugins.Plugins[0].ConfigureServices(services, configuration);
        return services.BuildServiceProvider();
    }
}
