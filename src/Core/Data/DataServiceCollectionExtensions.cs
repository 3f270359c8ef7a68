using IntegrationsNetz.Core.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PortalDbContext"/> for the configured provider.</summary>
    public static IServiceCollection AddPortalData(
        this IServiceCollection services, PortalOptions options, string? connectionString, DataDirectory dataDirectory)
    {
        if (options.Database.Provider == DatabaseProviders.Postgres)
        {
            services.AddDbContext<PostgresPortalDbContext>(o => ConfigurePostgres(o, connectionString!));
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<PostgresPortalDbContext>());
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString) ? SqliteConnectionString(dataDirectory) : connectionString;
            services.AddDbContext<SqlitePortalDbContext>(o => ConfigureSqlite(o, sqlite));
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqlitePortalDbContext>());
        }

        return services;
    }

    public static string SqliteConnectionString(DataDirectory dataDirectory) =>
        $"Data Source={dataDirectory.DatabaseFile};Pooling=True";

    public static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .ReplaceService<IModelCacheKeyFactory, PluginModelCacheKeyFactory>();

    public static void ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .ReplaceService<IModelCacheKeyFactory, PluginModelCacheKeyFactory>();
}
