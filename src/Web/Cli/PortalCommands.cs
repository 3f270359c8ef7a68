using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Web.Hosting;

namespace IntegrationsNetz.Web.Cli;

/// <summary>
/// Verbs run instead of the web server: "content export", "content import [--dry-run]" and "index rebuild".
/// They use the same configuration and database as the portal.
/// </summary>
public static class PortalCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "content" or "index";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args[0] == "index")
        {
            return await RebuildIndexAsync(app, args);
        }

        var dryRun = args.Contains("--dry-run");
        var verb = args.Length > 1 ? args[1] : string.Empty;
        if (verb is not ("export" or "import"))
        {
            Console.Error.WriteLine("Usage: content export [--dry-run] | content import [--dry-run]");
            return 2;
        }

        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        await PortalDatabase.MigrateAsync(services.GetRequiredService<PortalDbContext>());
        var directory = services.GetRequiredService<ContentDirectory>().Path;
        try
        {
            var report = verb == "export"
                ? await services.GetRequiredService<ContentExporter>().ExportAsync(directory, dryRun)
                : await services.GetRequiredService<ContentImporter>().ImportAsync(directory, dryRun, new ConsoleProgress());
            foreach (var line in report.Lines.Where(l => l.Change != SyncChange.Unchanged))
            {
                Console.WriteLine($"  {line.Change.ToString().ToLowerInvariant(),-9} {line.ItemType,-12} {line.File}");
            }

            Console.WriteLine($"{(verb == "export" ? "Export" : "Import")} {directory}: {report.Summary}");
            return 0;
        }
        catch (SyncFileException e)
        {
            Console.Error.WriteLine($"Import stopped, nothing was changed. {e.Message}");
            return 1;
        }
    }

    private static async Task<int> RebuildIndexAsync(WebApplication app, string[] args)
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

    private sealed class ConsoleProgress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine(value);
    }
}
