using IntegrationsNetz.Core.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PortalDbContext"/> for the configured provider, with the save interceptors the features
    /// register (so a feature's bookkeeping on save lives in the feature, not in the context).
    /// </summary>
    public static IServiceCollection AddPortalData(
        this IServiceCollection services, PortalOptions options, string? connectionString, DataDirectory dataDirectory)
    {
        if (options.Database.Provider == DatabaseProviders.Postgres)
        {
            services.AddDbContext<PostgresPortalDbContext>((sp, o) => ConfigurePostgres(o, connectionString!).AddInterceptors(sp.GetServices<ISaveChangesInterceptor>()));
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<PostgresPortalDbContext>());
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString) ? SqliteConnectionString(dataDirectory) : connectionString;
            services.AddDbContext<SqlitePortalDbContext>((sp, o) => ConfigureSqlite(o, sqlite).AddInterceptors(sp.GetServices<ISaveChangesInterceptor>()));
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<SqlitePortalDbContext>());
        }

        return services;
    }

    public static string SqliteConnectionString(DataDirectory dataDirectory) =>
        $"Data Source={dataDirectory.DatabaseFile};Pooling=True";

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .ReplaceService<IModelCacheKeyFactory, PluginModelCacheKeyFactory>();

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .ReplaceService<IModelCacheKeyFactory, PluginModelCacheKeyFactory>();
}
