using IntegrationsNetz.Core.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IntegrationsNetz.Core.Data;

/// <summary>
/// Used by "dotnet ef migrations add" only; one factory per provider, each with its own migrations. No plugins:
/// the host's migrations hold the host's tables only, plugins bring their own.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqlitePortalDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=design-time.db");
        return new SqlitePortalDbContext(builder.Options, PluginCatalog.Empty);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresPortalDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(builder, "Host=localhost;Database=design_time");
        return new PostgresPortalDbContext(builder.Options, PluginCatalog.Empty);
    }
}
