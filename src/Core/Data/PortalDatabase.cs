using System.Data;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
    /// <summary>
    /// Whether a history table already lists every migration of <typeparamref name="TContext"/> (a plugin's migration
    /// context), read over the portal's own connection. Creating that second context only to learn that nothing is
    /// pending cost 0.2–0.3 s of every start: EF Core builds an internal service provider and the whole model for it.
    /// </summary>
    public static async Task<bool> HasAllMigrationsAsync<TContext>(DatabaseFacade database, string historyTable, CancellationToken cancellationToken = default)
        where TContext : DbContext
    {
        var migrations = typeof(TContext).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(TContext))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .ToList();
        var connection = database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = database.IsSqlite()
                ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table"
                : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @table";
            AddParameter(exists, "@table", historyTable);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return migrations.Count == 0;
            }

            // The table name comes from the plugin's code, never from input; identifiers cannot be parameters.
            await using var applied = connection.CreateCommand();
            applied.CommandText = $"SELECT \"MigrationId\" FROM \"{historyTable.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            var ids = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await applied.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetString(0));
                }
            }

            return migrations.All(ids.Contains);
        }
        finally
        {
            if (opened)
            {
                await database.CloseConnectionAsync();
            }
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public static async Task MigrateIfPendingAsync(DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        var applied = (await database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (database.GetMigrations().Any(m => !applied.Contains(m)))
        {
            await database.MigrateAsync(cancellationToken);
        }
    }
}
