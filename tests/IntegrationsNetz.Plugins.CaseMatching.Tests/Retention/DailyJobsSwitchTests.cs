using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Retention;

/// <summary>
/// A node runs the daily jobs by itself after start (retention deletes a case closed long ago), unless
/// <c>IntegrationsNetz:CaseMatching:DailyJobs</c> is off: then the case stays and nothing is claimed.
/// </summary>
public sealed class DailyJobsSwitchTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_node_deletes_a_case_past_retention_by_itself_after_start()
    {
        var dataDirectory = await WithOldClosedCaseAsync();
        await using var node = new NodeOn(dataDirectory, dailyJobs: true);
        _ = node.Services; // starts the host

        await Poll.UntilAsync(() => node.Logs.Any(l => l.StartsWith("Retention: ", StringComparison.Ordinal)), Deadline, () => string.Join('\n', node.Logs.TakeLast(10)));

        Assert.Contains("Retention: 1 closed cases deleted", node.Logs);
        using var scope = node.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Set<Case>().AnyAsync(c => c.Code == OldCode));
        Assert.Equal(Today, (await db.Set<ScheduledJobRun>().SingleAsync(j => j.Name == CaseMatchingScheduler.RetentionJob)).LastRunOn);
    }

    [Fact]
    public async Task With_the_daily_jobs_switched_off_the_case_stays_and_no_job_is_claimed()
    {
        var dataDirectory = await WithOldClosedCaseAsync();
        await using var node = new NodeOn(dataDirectory, dailyJobs: false);
        _ = node.Services; // starts the host

        await Poll.UntilAsync(() => node.Logs.Any(l => l.Contains("Daily case jobs are switched off", StringComparison.Ordinal)), Deadline, () => string.Join('\n', node.Logs.TakeLast(10)));

        using var scope = node.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.Set<Case>().AnyAsync(c => c.Code == OldCode));
        Assert.False(await db.Set<ScheduledJobRun>().AnyAsync());
        Assert.DoesNotContain(node.Logs, l => l.StartsWith("Retention: ", StringComparison.Ordinal));
    }

    private const string OldCode = "ALT-2025-0001";

    /// <summary>A data directory whose database holds one case closed a year ago, written while no job could run.</summary>
    private static async Task<string> WithOldClosedCaseAsync()
    {
        await using var first = new PortalFactory();
        using (var scope = first.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var municipality = await db.Municipalities.FirstAsync(m => m.Slug == "oftersheim");
            db.Add(new Case
            {
                Id = Guid.CreateVersion7(),
                Code = OldCode,
                MunicipalityId = municipality.Id,
                OwnerId = Guid.CreateVersion7(),
                Household = HouseholdType.SinglePerson,
                HouseholdSize = HouseholdSize.One,
                Status = CaseStatus.Closed,
                OpenedOn = Today.AddYears(-2),
                ClosedOn = Today.AddYears(-1),
                UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        return first.DataDirectory;
    }

    /// <summary>A second start on the same data directory, with the daily jobs on or off.</summary>
    private sealed class NodeOn(string dataDirectory, bool dailyJobs) : PortalFactory(new()
    {
        ["IntegrationsNetz:DataDirectory"] = dataDirectory,
        ["IntegrationsNetz:CaseMatching:DailyJobs"] = dailyJobs ? "true" : "false",
    });
}
