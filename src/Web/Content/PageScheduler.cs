using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Web.Content;

/// <summary>Publishes and unpublishes scheduled variants. Safe on several nodes: applying the schedule twice changes nothing.</summary>
public sealed class PageScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<PageScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var changed = await scope.ServiceProvider.GetRequiredService<PageService>().ApplyScheduleAsync(stoppingToken);
                if (changed > 0)
                {
                    logger.LogInformation("Scheduled publishing changed {Count} page variants", changed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled publishing failed; retrying in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
