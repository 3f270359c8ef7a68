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
            var gauges = app.Services.GetRequiredService<PortalGauges>();
            app.MapPrometheusScrapingEndpoint(Path).AllowAnonymous().AddEndpointFilter(async (context, next) =>
            {
                // The exporter reads the gauges synchronously; the database is read before, asynchronously.
                await gauges.RefreshAsync(context.HttpContext.RequestAborted);
                return await next(context);
            });
        }

        return app;
    }
}

/// <summary>The portal's own gauges, read from the database before each scrape (not more often than once a second).</summary>
public sealed class PortalGauges
{
    public const string MeterName = "IntegrationsNetz";
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);

    private readonly NodeStatus _status;
    private readonly TimeProvider _time;
    private readonly ILogger<PortalGauges> _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);
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

    /// <summary>Reads the values from the database, unless the last reading is less than a second old.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await _refresh.WaitAsync(ct);
        try
        {
            if (_readAt is { } readAt && _time.GetElapsedTime(readAt) < Fresh)
            {
                return;
            }

            try
            {
                _last = await _status.ReadAsync(ct);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                // A scrape during a database outage shows the last values; /healthz tells the outage.
                _logger.LogWarning(e, "Metrics: the database could not be read");
            }

            _readAt = _time.GetTimestamp();
        }
        finally
        {
            _refresh.Release();
        }
    }

    // The gauges' callbacks only hand out the last reading: no database call, and no waiting, on the exporter's thread.
    private NodeStatusSnapshot Read() => Volatile.Read(ref _last);

}
