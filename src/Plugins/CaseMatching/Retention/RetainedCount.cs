namespace IntegrationsNetz.Plugins.CaseMatching.Retention;

/// <summary>What is left of deleted cases: anonymous counts per municipality and year of closing.</summary>
public sealed class RetainedCount
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public int ClosedYear { get; set; }

    public int Cases { get; set; }

    public int Goals { get; set; }

    public int GoalsAchieved { get; set; }

    public int Referrals { get; set; }

    public int ReferralsCompleted { get; set; }
}

/// <summary>The last day a daily job ran, so several nodes run it once.</summary>
public sealed class ScheduledJobRun
{
    public string Name { get; set; } = string.Empty;

    public DateOnly LastRunOn { get; set; }
}
