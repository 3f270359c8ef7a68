namespace IntegrationsNetz.Plugins.CaseMatching;

/// <summary>Settings under "IntegrationsNetz:CaseMatching".</summary>
public sealed class CaseMatchingOptions
{
    public const string Section = "IntegrationsNetz:CaseMatching";

    /// <summary>Months after closing before a case is deleted, leaving only anonymous counts.</summary>
    public int RetentionMonths { get; set; } = 6;

    /// <summary>
    /// Whether this node runs the daily jobs (review digest, request digests and expiry, retention). Nodes that share a
    /// database need not switch it off, since each job is claimed once per day; it is for a copy that must not change
    /// its cases by itself, such as a restored backup opened for inspection.
    /// </summary>
    public bool DailyJobs { get; set; } = true;

    /// <summary>How often the daily jobs (review digest, retention) check whether today's run is due.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The local hour from which the day's review digest is sent.</summary>
    public int DigestHour { get; set; } = 6;
}
