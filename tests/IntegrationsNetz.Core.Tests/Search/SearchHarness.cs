using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Core.Tests.Infrastructure;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>A database, a Lucene index on disk and the indexer between them, as one node of the portal has.</summary>
public sealed class SearchHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SearchHarness(TestDatabase database, string dataDirectory)
    {
        Database = database;
        DataDirectory = new DataDirectory(dataDirectory);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(TimeProvider.System);
        services.AddScoped<PortalDbContext>(_ => database.NewContext());
        services.AddSingleton(DataDirectory);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<OfferDocument>();
        services.AddSingleton(sp => new SearchIndex(DataDirectory, NullLogger<SearchIndex>.Instance));
        services.AddSingleton<SearchService>();
        services.AddSingleton(sp => new SearchIndexer(
            sp.GetRequiredService<SearchIndex>(), sp.GetRequiredService<OfferDocument>(), sp.GetRequiredService<IServiceScopeFactory>(),
            TimeProvider.System, NullLogger<SearchIndexer>.Instance));
        _services = services.BuildServiceProvider();
    }

    public TestDatabase Database { get; }

    public DataDirectory DataDirectory { get; }

    public SearchIndexer Indexer => _services.GetRequiredService<SearchIndexer>();

    public SearchIndex Index => _services.GetRequiredService<SearchIndex>();

    public Dictionary<string, Municipality> Municipalities { get; } = [];

    /// <summary>An empty directory with the content files of a folder imported (as the portal imports uSync) and indexed.</summary>
    public static async Task<SearchHarness> ImportAsync(string folder)
    {
        var harness = new SearchHarness(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), TestPaths.NewTempDirectory("search"));
        await using (var db = harness.Database.NewContext())
        {
            await new ContentImporter(db, TimeProvider.System).ImportAsync(folder);
        }

        await harness.Indexer.CatchUpAsync();
        return harness;
    }

    public static async Task<SearchHarness> CreateAsync(string provider = DatabaseProviders.Sqlite)
    {
        var harness = new SearchHarness(await TestDatabase.CreateAsync(provider), TestPaths.NewTempDirectory("search"));
        await using var db = harness.Database.NewContext();
        foreach (var (slug, name, lat, lon) in new[]
        {
            ("eppelheim", "Eppelheim", 49.402, 8.633),
            ("oftersheim", "Oftersheim", 49.366, 8.583),
            ("weinheim", "Weinheim", 49.549, 8.667),
            ("goeppingen", "Göppingen", 48.703, 9.652),
        })
        {
            var municipality = new Municipality { Id = Guid.CreateVersion7(), Name = name, Slug = slug, OfficialKey = "08226" + (harness.Municipalities.Count + 100), Latitude = lat, Longitude = lon };
            db.Municipalities.Add(municipality);
            harness.Municipalities[slug] = municipality;
        }

        await db.SaveChangesAsync();
        return harness;
    }

    /// <summary>Searches with the portal's synonyms file (uSync/Search/synonyms.txt) from now on.</summary>
    public void UseDemoSynonyms() =>
        _services.GetRequiredService<SearchService>().Synonyms = SearchSynonyms.Load(Path.Combine(TestPaths.DemoContent, SearchSynonyms.RelativePath));

    public SearchResult Search(string? q, Func<SearchRequest, SearchRequest>? refine = null)
    {
        var request = new SearchRequest { Query = q, PageSize = 100 };
        return _services.GetRequiredService<SearchService>().Search(refine is null ? request : refine(request));
    }

    /// <summary>Saves offers through the service (with their indexing tasks) and lets the indexer catch up.</summary>
    public async Task<List<Offer>> AddAsync(params Offer[] offers)
    {
        await using var db = Database.NewContext();
        var service = new OfferService(db, TimeProvider.System);
        foreach (var offer in offers)
        {
            offer.Municipalities = offer.Municipalities.Select(m => db.Municipalities.Find(m.Id)!).ToList();
            var result = await service.SaveAsync(offer, IntegrationsNetz.Core.Common.StaffActor.System);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        }

        await Indexer.CatchUpAsync();
        return offers.ToList();
    }

    public T Offer<T>(string slug, string title, string municipality, string description = "", Action<T>? configure = null)
        where T : Offer, new()
    {
        var offer = new T
        {
            Slug = slug,
            Status = OfferStatus.Published,
            Texts = [new OfferText { Culture = "de", Title = title, Description = description }],
            Municipalities = [Municipalities[municipality]],
            Latitude = Municipalities[municipality].Latitude,
            Longitude = Municipalities[municipality].Longitude,
        };
        configure?.Invoke(offer);
        return offer;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
