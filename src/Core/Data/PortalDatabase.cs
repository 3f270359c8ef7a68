using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Data;

public static class PortalDatabase
{
    /// <summary>Applies the provider's migrations; EF Core takes a database lock so several nodes may start at once.</summary>
    public static async Task MigrateAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the public site read while the back office writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
