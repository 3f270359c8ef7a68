using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IntegrationsNetz.Core.Data;

public static class PortalDatabase
{
    /// <summary>Applies the provider's migrations; EF Core takes a database lock so several nodes may start at once.</summary>
    public static async Task MigrateAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        await MigrateIfPendingAsync(db.Database, cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the public site read while the back office writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Applies the migrations the database lacks, and does nothing else when it has them all. EF Core's Migrate also
    /// builds the migrations' snapshot model and compares it with the context's every time (for the portal's and the
    /// plugin's history), about 0.3 s of a warm start; listing the applied migrations needs neither.
    /// </summary>
    public static async Task MigrateIfPendingAsync(DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        var applied = (await database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (database.GetMigrations().Any(m => !applied.Contains(m)))
        {
            await database.MigrateAsync(cancellationToken);
        }
    }
}
