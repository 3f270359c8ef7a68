using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Web.Content;

/// <summary>Publishes and unpublishes scheduled variants. Safe on several nodes: applying the schedule twice changes nothing.</summary>
public sealed class PageScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<PageScheduler> logger, StartupGate? startup = null)
    : PeriodicBackgroundService(time, logger, startup)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    protected override TimeSpan Interval => Every;

    protected override string WorkName => "Scheduled publishing";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var changed = await scope.ServiceProvider.GetRequiredService<PageService>().ApplyScheduleAsync(ct);
        if (changed > 0)
        {
            Logger.LogInformation("Scheduled publishing changed {Count} page variants", changed);
        }
    }
}
