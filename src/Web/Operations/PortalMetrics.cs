using System.Diagnostics.Metrics;
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

    private readonly NodeStatus _status;
    private readonly TimeProvider _time;
    private readonly ILogger<PortalGauges> _logger;
    private readonly System.Threading.Lock _lock = new();
    private NodeStatusSnapshot _last = new(0, 0, 0, 0, 0);
    private long? _readAt;

    public PortalGauges(IMeterFactory meters, NodeStatus status, TimeProvider time, ILogger<PortalGauges> logger)
    {
        (_status, _time, _logger) = (status, time, logger);
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("integrationsnetz.outbox.waiting", () => Read().OutboxWaiting, "{message}", "Mails in the outbox waiting to be sent");
        meter.CreateObservableGauge("integrationsnetz.outbox.oldest.age", () => Read().OutboxOldestSeconds, "s", "Age of the oldest mail waiting in the outbox");
        meter.CreateObservableGauge("integrationsnetz.search.index.lag", () => Read().IndexLag, "{task}", "Indexing tasks after this node's index cursor");
        meter.CreateObservableGauge("integrationsnetz.search.index.lag.age", () => Read().IndexLagSeconds, "s", "Age of the oldest indexing task after this node's index cursor");
    }

    private NodeStatusSnapshot Read()
    {
        lock (_lock)
        {
            if (_readAt is { } readAt && _time.GetElapsedTime(readAt) < Fresh)
            {
                return _last;
            }

            try
            {
                // Gauges are read synchronously by the exporter; the reading itself is the start page's too.
                _last = _status.ReadAsync().GetAwaiter().GetResult();
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

}
