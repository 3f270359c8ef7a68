using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IntegrationsNetz.Plugins.CaseMatching.Data;

/// <summary>
/// Contexts that exist only to create and apply this plugin's migrations: the same model as the portal's, but their
/// migrations hold only the plugin's tables and keep their own history table.
/// </summary>
public sealed class CaseMatchingSqliteMigrations(DbContextOptions<CaseMatchingSqliteMigrations> options, PluginCatalog plugins)
    : SqlitePortalDbContext(options, plugins)
{
    protected override string? MigrationsOwner => CaseMatchingPlugin.PluginName;
}

public sealed class CaseMatchingPostgresMigrations(DbContextOptions<CaseMatchingPostgresMigrations> options, PluginCatalog plugins)
    : PostgresPortalDbContext(options, plugins)
{
    protected override string? MigrationsOwner => CaseMatchingPlugin.PluginName;
}

internal static class CaseMatchingMigrator
{
    public const string HistoryTable = "__CaseMatchingMigrationsHistory";

    public static async Task MigrateAsync(PortalDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetConnectionString()!;
        var plugins = new PluginCatalog([new CaseMatchingPlugin()]);
        if (db.Database.IsNpgsql())
        {
            if (await PortalDatabase.HasAllMigrationsAsync<CaseMatchingPostgresMigrations>(db.Database, HistoryTable, ct))
            {
                return;
            }

            await using var context = new CaseMatchingPostgresMigrations(PostgresOptions(connection), plugins);
            await PortalDatabase.MigrateIfPendingAsync(context.Database, ct);
        }
        else
        {
            if (await PortalDatabase.HasAllMigrationsAsync<CaseMatchingSqliteMigrations>(db.Database, HistoryTable, ct))
            {
                return;
            }

            await using var context = new CaseMatchingSqliteMigrations(SqliteOptions(connection), plugins);
            await PortalDatabase.MigrateIfPendingAsync(context.Database, ct);
        }
    }

    public static DbContextOptions<CaseMatchingSqliteMigrations> SqliteOptions(string connection)
    {
        var builder = new DbContextOptionsBuilder<CaseMatchingSqliteMigrations>();
        DataServiceCollectionExtensions.ConfigureSqlite(builder, connection);
        builder.UseSqlite(connection, o => o.MigrationsHistoryTable(HistoryTable).MigrationsAssembly(typeof(CaseMatchingMigrator).Assembly.GetName().Name));
        return builder.Options;
    }

    public static DbContextOptions<CaseMatchingPostgresMigrations> PostgresOptions(string connection)
    {
        var builder = new DbContextOptionsBuilder<CaseMatchingPostgresMigrations>();
        DataServiceCollectionExtensions.ConfigurePostgres(builder, connection);
        builder.UseNpgsql(connection, o => o.MigrationsHistoryTable(HistoryTable).MigrationsAssembly(typeof(CaseMatchingMigrator).Assembly.GetName().Name));
        return builder.Options;
    }
}

/// <summary>Used by "dotnet ef migrations add" only.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<CaseMatchingSqliteMigrations>
{
    public CaseMatchingSqliteMigrations CreateDbContext(string[] args) =>
        new(CaseMatchingMigrator.SqliteOptions("Data Source=design-time.db"), new PluginCatalog([new CaseMatchingPlugin()]));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<CaseMatchingPostgresMigrations>
{
    public CaseMatchingPostgresMigrations CreateDbContext(string[] args) =>
        new(CaseMatchingMigrator.PostgresOptions("Host=localhost;Database=design_time"), new PluginCatalog([new CaseMatchingPlugin()]));
}
