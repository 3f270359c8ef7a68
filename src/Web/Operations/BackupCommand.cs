using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Operations;

/// <summary>
/// "backup FILE" (while the portal runs) and "restore FILE" (portal stopped: the verb takes the data directory's lock)
/// for the SQLite database. After a restore the search index is rebuilt, because its cursor belongs to the database
/// it was built from. PostgreSQL is backed up with pg_dump/pg_restore (docs/operations.md).
/// </summary>
public static class BackupCommand
{
    public const string BackupVerb = "backup";
    public const string RestoreVerb = "restore";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            Console.Error.WriteLine("Usage: backup FILE | restore FILE");
            return 2;
        }

        if (app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.Database.Provider != DatabaseProviders.Sqlite)
        {
            Console.Error.WriteLine("backup and restore are for the SQLite database; for PostgreSQL use pg_dump and pg_restore (docs/operations.md).");
            return 2;
        }

        var file = Path.GetFullPath(args[1]);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connectionString = db.Database.GetConnectionString()!;
        if (args[0] == BackupVerb)
        {
            var size = await SqliteBackup.BackupAsync(connectionString, file);
            Console.WriteLine($"Backup written: {file} ({size / 1024.0:0.0} KB)");
            return 0;
        }

        if (SqliteBackup.Problem(file) is { } problem)
        {
            Console.Error.WriteLine($"Restore stopped, nothing was changed: {problem}");
            return 1;
        }

        await SqliteBackup.RestoreAsync(file, connectionString);
        // A backup of an older version gets this version's migrations, as a start would give it.
        await PortalDatabase.MigrateAsync(db);
        var offers = await app.Services.GetRequiredService<SearchIndexer>().RebuildAsync();
        Console.WriteLine($"Restored {file}; search index rebuilt with {offers} published offers.");
        return 0;
    }
}
