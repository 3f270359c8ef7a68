using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Web.Search;

/// <summary>"index rebuild": rebuilds this node's search index from the database while the portal is stopped.</summary>
public static class IndexCommand
{
    public const string Verb = "index";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[1] != "rebuild")
        {
            Console.Error.WriteLine("Usage: index rebuild");
            return 2;
        }

        using var scope = app.Services.CreateScope();
        await PortalDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
        var indexer = app.Services.GetRequiredService<SearchIndexer>();
        int count;
        try
        {
            count = await indexer.RebuildAsync(new CountProgress());
        }
        catch (SearchIndexInUseException e)
        {
            Console.Error.WriteLine($"{e.Message} Stop the portal first, or use the button in the back office (Verzeichnis > Suchindex).");
            return 1;
        }

        Console.WriteLine($"Index rebuilt: {count} published offers in {app.Services.GetRequiredService<SearchIndex>().Path}");
        return 0;
    }

    private sealed class CountProgress : IProgress<int>
    {
        public void Report(int value) => Console.WriteLine($"  {value} offers indexed");
    }
}
