using System.Diagnostics.Metrics;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Search;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Metrics;

namespace IntegrationsNetz.Web.Operations;

/// <summary>
/// OpenTelemetry metrics with a Prometheus endpoint at /metrics, off unless IntegrationsNetz:Metrics:Enabled is true:
/// requests (rate and latency: ASP.NET Core's http.server.request.duration), the outbox queue (length, age of the
/// oldest waiting mail) and this node's search index lag (tasks after its cursor, age of the oldest).
/// </summary>
public static class PortalMetrics
{
    public const string Setting = "IntegrationsNetz:Metrics:Enabled";
    public const string Path = "/metrics";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(Setting);

    public static IServiceCollection AddPortalMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return services;
        }

        services.AddSingleton<PortalGauges>();
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddMeter(PortalGauges.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    public static WebApplication MapPortalMetrics(this WebApplication app)
    {
        if (IsEnabled(app.Configuration))
        {
            // Created here, so its instruments exist before the first scrape.
            app.Services.GetRequiredService<PortalGauges>();
            app.MapPrometheusScrapingEndpoint(Path).AllowAnonymous();
        }

        return app;
    }
}

/// <summary>The portal's own gauges, read from the database once per scrape (not more often than once a second).</summary>
public sealed class PortalGauges
{
    public const string MeterName = "IntegrationsNetz";
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);

    private readonly IServiceScopeFactory _scopes;
    private readonly SearchIndex _index;
    private readonly TimeProvider _time;
    private readonly ILogger<PortalGauges> _logger;
    private readonly System.Threading.Lock _lock = new();
    private Snapshot _last = new(0, 0, 0, 0);
    private long? _readAt;

    public PortalGauges(IMeterFactory meters, IServiceScopeFactory scopes, SearchIndex index, TimeProvider time, ILogger<PortalGauges> logger)
    {
        (_scopes, _index, _time, _logger) = (scopes, index, time, logger);
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("integrationsnetz.outbox.waiting", () => Read().OutboxWaiting, "{message}", "Mails in the outbox waiting to be sent");
        meter.CreateObservableGauge("integrationsnetz.outbox.oldest.age", () => Read().OutboxOldestSeconds, "s", "Age of the oldest mail waiting in the outbox");
        meter.CreateObservableGauge("integrationsnetz.search.index.lag", () => Read().IndexLag, "{task}", "Indexing tasks after this node's index cursor");
        meter.CreateObservableGauge("integrationsnetz.search.index.lag.age", () => Read().IndexLagSeconds, "s", "Age of the oldest indexing task after this node's index cursor");
    }

    private Snapshot Read()
    {
        lock (_lock)
        {
            if (_readAt is { } readAt && _time.GetElapsedTime(readAt) < Fresh)
            {
                return _last;
            }

            try
            {
                using var scope = _scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var now = Clock.UtcNow(_time);
                var waiting = db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending);
                var oldestMail = waiting.Min(m => (DateTime?)m.CreatedAt);
                var cursor = _index.Cursor;
                var behind = db.IndexingTasks.Where(t => t.Id > cursor);
                var oldestTask = behind.Min(t => (DateTime?)t.CreatedAt);
                _last = new Snapshot(waiting.Count(), Age(now, oldestMail), behind.Count(), Age(now, oldestTask));
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                // A scrape during a database outage shows the last values; /healthz tells the outage.
                _logger.LogWarning(e, "Metrics: the database could not be read");
            }

            _readAt = _time.GetTimestamp();
            return _last;
        }
    }

    private static double Age(DateTime now, DateTime? since) => since is { } s ? Math.Max(0, (now - s).TotalSeconds) : 0;

    private sealed record Snapshot(int OutboxWaiting, double OutboxOldestSeconds, int IndexLag, double IndexLagSeconds);
}
