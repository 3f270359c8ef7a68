using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
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
    ILogger<CaseMatchingScheduler> logger,
    StartupGate? startup = null) : PeriodicBackgroundService(time, logger, startup)
{
    public const string DigestJob = "review-digest";
    public const string RetentionJob = "retention";
    public const string RequestsJob = "requests";

    protected override TimeSpan Interval => options.Value.SchedulerInterval;

    protected override string WorkName => "Daily case jobs";

    protected override Task RunOnceAsync(CancellationToken ct) => RunDueJobsAsync(ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.DailyJobs)
        {
            return base.ExecuteAsync(stoppingToken);
        }

        Logger.LogInformation("Daily case jobs are switched off on this node (IntegrationsNetz:CaseMatching:DailyJobs)");
        return Task.CompletedTask;
    }

    public async Task RunDueJobsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (CaseDay.Now(Time).Hour >= options.Value.DigestHour && await ClaimAsync(db, DigestJob, ct))
        {
            var sent = await scope.ServiceProvider.GetRequiredService<ReviewService>().SendDigestsAsync(portal.Value.PublicBaseUrl ?? "http://localhost:5000", ct);
            Logger.LogInformation("Review digest: {Count} mails queued", sent);
        }

        if (CaseDay.Now(Time).Hour >= options.Value.DigestHour && await ClaimAsync(db, RequestsJob, ct))
        {
            var run = await scope.ServiceProvider.GetRequiredService<RequestJobs>().RunAsync(ct);
            Logger.LogInformation("Requests: {Expired} expired, {Digests} digests and {Reminders} reminders queued", run.Expired, run.Digests, run.Reminders);
        }

        if (await ClaimAsync(db, RetentionJob, ct))
        {
            var deleted = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(ct);
            Logger.LogInformation("Retention: {Count} closed cases deleted", deleted.Count);
        }
    }

    private async Task<bool> ClaimAsync(PortalDbContext db, string job, CancellationToken ct)
    {
        var today = CaseDay.Today(Time);
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
