using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Hosting;

namespace IntegrationsNetz.Web.Content;

/// <summary>"content export [--dry-run]" and "content import [--dry-run]": the database and uSync/ brought level.</summary>
public static class ContentCommand
{
    public const string Verb = "content";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
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

    private sealed class ConsoleProgress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine(value);
    }
}
