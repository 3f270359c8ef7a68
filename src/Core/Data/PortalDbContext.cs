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

    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        foreach (var plugin in Plugins.Plugins)
        {
            plugin.ConfigureModel(builder);
        }
    }
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options, PluginCatalog plugins)
    : PortalDbContext(options, plugins)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores no time zone; every DateTime in the portal is UTC, so say so when reading.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options, PluginCatalog plugins)
    : PortalDbContext(options, plugins);
