using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>
/// Runs before the server listens: migrations, the first administrator (or the setup link), and on first boot
/// the import of uSync/. A hosted service rather than code in Program.cs so test hosts go through it too.
/// </summary>
public sealed class PortalInitializer(
    IServiceScopeFactory scopes,
    IOptions<PortalOptions> options,
    IConfiguration configuration,
    ContentDirectory content,
    ILogger<PortalInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await PortalDatabase.MigrateAsync(db, cancellationToken);
        foreach (var plugin in scope.ServiceProvider.GetRequiredService<PluginCatalog>().Plugins)
        {
            await plugin.MigrateAsync(db, cancellationToken);
        }

        var setup = scope.ServiceProvider.GetRequiredService<SetupService>();
        var (outcome, token) = await setup.EnsureAdministratorAsync(options.Value.Setup, cancellationToken);
        switch (outcome)
        {
            case SetupOutcome.AdministratorCreated:
                logger.LogInformation("Created the first administrator {Email} from configuration", options.Value.Setup.AdminEmail);
                break;
            case SetupOutcome.SetupLinkIssued:
                var baseUrl = (options.Value.PublicBaseUrl ?? configuration["urls"]?.Split(';')[0] ?? "http://localhost:5000").TrimEnd('/');
                var link = $"{baseUrl}/backoffice/setup?token={token}";
                logger.LogWarning("No administrator exists. Open this one-time link within 24 hours to create one: {SetupLink}", link);
                Console.WriteLine($"Setup link (one-time, 24 h): {link}");
                break;
        }

        if (options.Value.ImportContentOnFirstBoot && !await db.Municipalities.AnyAsync(cancellationToken) && !await db.Pages.AnyAsync(cancellationToken))
        {
            await ImportFirstBootAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportFirstBootAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!Directory.Exists(content.Path))
        {
            logger.LogInformation("Empty database and no content folder at {Path}: starting without demo content", content.Path);
            return;
        }

        logger.LogInformation("Empty database: importing content from {Path}", content.Path);
        var report = await services.GetRequiredService<ContentImporter>().ImportAsync(content.Path, dryRun: false, new SynchronousProgress(logger), ct);
        logger.LogInformation("Import finished: {Summary}", report.Summary);
    }

    /// <summary>Logs progress in order, on the importing thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(ILogger logger) : IProgress<string>
    {
        public void Report(string value) => logger.LogInformation("Import: {Progress}", value);
    }
}
