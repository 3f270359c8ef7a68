using IntegrationsNetz.Core.ChangeLog;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Core.Volunteers;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IntegrationsNetz.Core.Data;

/// <summary>
/// The portal's database. Provider-specific subclasses exist only so each provider has its own migrations.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options, PluginCatalog plugins)
    : IdentityDbContext<PortalUser, PortalRole, Guid>(options), IDataProtectionKeyContext
{
    public PluginCatalog Plugins { get; } = plugins;

    public DbSet<District> Districts => Set<District>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Cooperation> Cooperations => Set<Cooperation>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<StaffAssignment> StaffAssignments => Set<StaffAssignment>();

    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();

    public DbSet<Page> Pages => Set<Page>();

    public DbSet<PageVariant> PageVariants => Set<PageVariant>();

    public DbSet<PageVersion> PageVersions => Set<PageVersion>();

    public DbSet<Tombstone> Tombstones => Set<Tombstone>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<OfferText> OfferTexts => Set<OfferText>();

    public DbSet<IndexingTask> IndexingTasks => Set<IndexingTask>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<PasswordResetRequest> PasswordResetRequests => Set<PasswordResetRequest>();

    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The last guard before the database: no value over its column's length, no control characters.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        FieldLimits.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        FieldLimits.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        var hostTables = builder.Model.GetEntityTypes().ToList();
        foreach (var plugin in Plugins.Plugins)
        {
            var before = builder.Model.GetEntityTypes().ToHashSet();
            plugin.ConfigureModel(builder);
            if (plugin.Name != MigrationsOwner)
            {
                ExcludeFromMigrations(builder.Model.GetEntityTypes().Where(e => !before.Contains(e)));
            }
        }

        if (MigrationsOwner is not null)
        {
            ExcludeFromMigrations(hostTables);
        }
    }

    /// <summary>
    /// Whose tables this context's migrations create: null for the host, a plugin's name for that plugin's own
    /// migrations. Every context maps every table (so one transaction covers a case and its outbox mail), but each
    /// set of migrations creates only its owner's tables: the host's migrations never mention a plugin, and a host
    /// without the plugin has the same schema as before.
    /// </summary>
    protected virtual string? MigrationsOwner => null;

    private static void ExcludeFromMigrations(IEnumerable<IMutableEntityType> entityTypes)
    {
        foreach (var entityType in entityTypes.Where(e => e.BaseType is null && !e.IsOwned()))
        {
            entityType.SetIsTableExcludedFromMigrations(true);
        }
    }
}

public class SqlitePortalDbContext : PortalDbContext
{
    public SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options, PluginCatalog plugins)
        : base(options, plugins)
    {
    }

    /// <summary>For a plugin's migration context, which maps the same model with the same conventions.</summary>
    protected SqlitePortalDbContext(DbContextOptions options, PluginCatalog plugins)
        : base(options, plugins)
    {
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores no time zone; every DateTime in the portal is UTC, so say so when reading.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

public class PostgresPortalDbContext : PortalDbContext
{
    public PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options, PluginCatalog plugins)
        : base(options, plugins)
    {
    }

    /// <summary>For a plugin's migration context.</summary>
    protected PostgresPortalDbContext(DbContextOptions options, PluginCatalog plugins)
        : base(options, plugins)
    {
    }
}
