using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>
/// The node's start-up work: migrations, on first boot the import of uSync/ and its index, and the first administrator
/// (or the setup link). It runs while the server starts rather than before it (on two cores the server's start and the
/// database's first use each take most of a second); <see cref="StartupGate"/> holds requests and background work
/// until it is done, and the host's start waits for it too, so a failure still stops the process and a test host is
/// complete when started. A hosted service rather than code in Program.cs so test hosts go through it too.
/// </summary>
public sealed class PortalInitializer(
    IServiceScopeFactory scopes,
    IOptions<PortalOptions> options,
    IConfiguration configuration,
    ContentDirectory content,
    StartupGate gate,
    ILogger<PortalInitializer> logger) : IHostedLifecycleService
{
    private Task _work = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Not Task.Run's own cancellation: a start cancelled before the work began must still fail the gate, so that no
        // request waits for it.
        _work = Task.Run(() => InitializeAsync(cancellationToken), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>After every service started (the server among them): the host is started once this work is done.</summary>
    public Task StartedAsync(CancellationToken cancellationToken) => _work;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await MigrateAndSetUpAsync(cancellationToken);
        }
        catch (Exception e)
        {
            gate.Fail(e);
            throw;
        }
    }

    private async Task MigrateAndSetUpAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await PortalDatabase.MigrateAsync(db, cancellationToken);
        foreach (var plugin in scope.ServiceProvider.GetRequiredService<PluginCatalog>().Plugins)
        {
            await plugin.MigrateAsync(db, cancellationToken);
        }

        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        if (options.Value.ImportContentOnFirstBoot && !await db.Municipalities.AnyAsync(cancellationToken) && !await db.Pages.AnyAsync(cancellationToken)
            && await ImportFirstBootAsync(scope.ServiceProvider, cancellationToken))
        {
            // The first boot's directory is indexed before the doors open, so the first visitor finds what was imported.
            await indexer.CatchUpAsync(cancellationToken);
        }
        else
        {
            // Later starts only open the index; the indexer applies what other nodes changed meanwhile within a round.
            await indexer.OpenAsync(cancellationToken);
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

        // Requests and background work may go ahead now; the host's start (and a test host) waits for this work too.
        gate.Open();
    }

    private async Task<bool> ImportFirstBootAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!Directory.Exists(content.Path))
        {
            logger.LogInformation("Empty database and no content folder at {Path}: starting without demo content", content.Path);
            return false;
        }

        logger.LogInformation("Empty database: importing content from {Path}", content.Path);
        var report = await services.GetRequiredService<ContentImporter>().ImportAsync(content.Path, dryRun: false, new SynchronousProgress(logger), ct);
        logger.LogInformation("Import finished: {Summary}", report.Summary);
        return true;
    }

    /// <summary>Logs progress in order, on the importing thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(ILogger logger) : IProgress<string>
    {
        public void Report(string value) => logger.LogInformation("Import: {Progress}", value);
    }
}
