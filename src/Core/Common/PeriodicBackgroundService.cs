using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationsNetz.Core.Common;

/// <summary>
/// Work a node repeats at a fixed interval (indexing, the outbox, scheduled publishing, daily jobs): a failed round is
/// logged and the next one tries again, so one bad moment never stops the work for good.
/// </summary>
public abstract class PeriodicBackgroundService(TimeProvider time, ILogger logger, StartupGate? startup = null) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the work is called in the log, e.g. "Indexing".</summary>
    protected abstract string WorkName { get; }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first round runs off the start-up path, so the host starts without waiting for it.
        await Task.Yield();
        if (startup is not null)
        {
            try
            {
                // Migrations and the first-boot import come first; a failed start stops the host, so there is nothing to do.
                await startup.Done.WaitAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return;
            }
        }

        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException && DatabaseOutage.Is(e))
            {
                // Expected while PostgreSQL restarts: one line, no stack trace; the next round resumes by itself.
                Logger.LogWarning("{Work} paused: the database is not reachable ({Reason}); retrying in {Interval}", WorkName, e.GetBaseException().Message, Interval);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logger.LogError(e, "{Work} failed; retrying in {Interval}", WorkName, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
