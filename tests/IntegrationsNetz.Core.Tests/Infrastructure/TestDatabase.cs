using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Tests.Infrastructure;

/// <summary>A migrated, empty database of the given provider: a SQLite file or a PostgreSQL database of its own.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;
    private readonly string _connectionString;

    private TestDatabase(string provider, string connectionString, PostgresDatabase? postgres)
    {
        Provider = provider;
        _connectionString = connectionString;
        _postgres = postgres;
    }

    public string Provider { get; }

    public static TheoryData<string> Providers => new(DatabaseProviders.Sqlite, DatabaseProviders.Postgres);

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        TestDatabase database;
        if (provider == DatabaseProviders.Postgres)
        {
            var postgres = await PostgresDatabase.CreateAsync();
            database = new TestDatabase(provider, postgres.ConnectionString, postgres);
        }
        else
        {
            var file = Path.Combine(TestPaths.NewTempDirectory("sqlite"), "test.db");
            database = new TestDatabase(provider, $"Data Source={file};Pooling=False", null);
        }

        await using var db = database.NewContext();
        await PortalDatabase.MigrateAsync(db);
        return database;
    }

    /// <summary>A new context, as a new request would have.</summary>
    public PortalDbContext NewContext()
    {
        var plugins = new PluginCatalog([]);
        if (Provider == DatabaseProviders.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresPortalDbContext>();
            DataServiceCollectionExtensions.ConfigurePostgres(options, _connectionString);
            return new PostgresPortalDbContext(options.Options, plugins);
        }

        var sqlite = new DbContextOptionsBuilder<SqlitePortalDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(sqlite, _connectionString);
        return new SqlitePortalDbContext(sqlite.Options, plugins);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
