namespace IntegrationsNetz.Plugins.CaseMatching;

/// <summary>Settings under "IntegrationsNetz:CaseMatching".</summary>
public sealed class CaseMatchingOptions
{
    public const string Section = "IntegrationsNetz:CaseMatching";

    /// <summary>Months after closing before a case is deleted, leaving only anonymous counts.</summary>
    public int RetentionMonths { get; set; } = 6;

    /// <summary>How often the daily jobs (review digest, retention) check whether today's run is due.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The local hour from which the day's review digest is sent.</summary>
    public int DigestHour { get; set; } = 6;
}
