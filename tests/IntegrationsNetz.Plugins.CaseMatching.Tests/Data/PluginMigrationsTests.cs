using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Data;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Data;

/// <summary>
/// A start reads the plugin's migration history over the portal's connection and creates the plugin's migration
/// context only when one is missing; the check must see a missing migration, or a plugin update would never apply.
/// </summary>
public sealed class PluginMigrationsTests
{
    private const string HistoryTable = "__CaseMatchingMigrationsHistory";

    [Fact]
    public async Task The_history_check_sees_all_migrations_after_start_and_a_missing_one_after_it_is_removed_on_SQLite()
    {
        await using var factory = new PortalFactory();
        await AssertCheckAsync<CaseMatchingSqliteMigrations>(factory);
    }

    [Fact]
    public async Task The_history_check_sees_all_migrations_after_start_and_a_missing_one_after_it_is_removed_on_PostgreSQL()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new OnPostgres(database.ConnectionString);
        await AssertCheckAsync<CaseMatchingPostgresMigrations>(factory);
    }

    private static async Task AssertCheckAsync<TContext>(PortalFactory factory)
        where TContext : DbContext
    {
        _ = factory.Services; // starts the host: migrations run
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await PortalDatabase.HasAllMigrationsAsync<TContext>(db.Database, HistoryTable));

        var last = await db.Database.SqlQueryRaw<string>($"SELECT \"MigrationId\" AS \"Value\" FROM \"{HistoryTable}\" ORDER BY \"MigrationId\" DESC").FirstAsync();
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{HistoryTable}\" WHERE \"MigrationId\" = {{0}}", last);
        Assert.False(await PortalDatabase.HasAllMigrationsAsync<TContext>(db.Database, HistoryTable));

        await db.Database.ExecuteSqlRawAsync($"DROP TABLE \"{HistoryTable}\"");
        Assert.False(await PortalDatabase.HasAllMigrationsAsync<TContext>(db.Database, HistoryTable));
    }

    private sealed class OnPostgres(string connectionString) : PortalFactory(new()
    {
        ["IntegrationsNetz:Database:Provider"] = "Postgres",
        ["ConnectionStrings:IntegrationsNetz"] = connectionString,
    });
}
