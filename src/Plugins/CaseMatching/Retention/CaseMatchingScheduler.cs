using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Plugins.CaseMatching.Retention;

/// <summary>
/// Runs the daily jobs: the review digest and retention. Each node checks regularly; a job runs on the node that
/// first moves its "last run" day forward, so several nodes send one digest.
/// </summary>
public sealed class CaseMatchingScheduler(
    IServiceScopeFactory scopes,
    IOptions<CaseMatchingOptions> options,
    IOptions<PortalOptions> portal,
    TimeProvider time,
    ILogger<CaseMatchingScheduler> logger) : BackgroundService
{
    public const string DigestJob = "review-digest";
    public const string RetentionJob = "retention";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, time);
        do
        {
            try
            {
                await RunDueJobsAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Daily case jobs failed; next try in {Interval}", options.Value.SchedulerInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunDueJobsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (CaseDay.Now(time).Hour >= options.Value.DigestHour && await ClaimAsync(db, DigestJob, ct))
        {
            var sent = await scope.ServiceProvider.GetRequiredService<ReviewService>().SendDigestsAsync(portal.Value.PublicBaseUrl ?? "http://localhost:5000", ct);
            logger.LogInformation("Review digest: {Count} mails queued", sent);
        }

        if (await ClaimAsync(db, RetentionJob, ct))
        {
            var deleted = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(ct);
            logger.LogInformation("Retention: {Count} closed cases deleted", deleted.Count);
        }
    }

    private async Task<bool> ClaimAsync(PortalDbContext db, string job, CancellationToken ct)
    {
        var today = CaseDay.Today(time);
        if (await db.Set<ScheduledJobRun>().AnyAsync(j => j.Name == job, ct))
        {
            return await db.Set<ScheduledJobRun>().Where(j => j.Name == job && j.LastRunOn < today)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LastRunOn, today), ct) == 1;
        }

        try
        {
            db.Add(new ScheduledJobRun { Name = job, LastRunOn = today });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node claimed it first.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
