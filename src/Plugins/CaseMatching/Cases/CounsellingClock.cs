namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

public enum ClockState
{
    Running,

    /// <summary>30 months have passed: time to plan the end of counselling.</summary>
    Warning,

    /// <summary>3 years have passed and there is no written reason for a 4th year: the case is read-only.</summary>
    ExtensionNeeded,

    Extended,

    /// <summary>4 years have passed: only closing is possible.</summary>
    Ended,
}

/// <summary>Counselling lasts 3 years; a warning at 30 months; a 4th year only with a written reason.</summary>
public static class CounsellingClock
{
    public const int WarningMonths = 30;
    public const int Years = 3;
    public const int ExtendedYears = 4;

    public static ClockState State(DateOnly openedOn, string? extensionReason, DateOnly today)
    {
        if (today >= openedOn.AddYears(ExtendedYears))
        {
            return ClockState.Ended;
        }

        if (today >= openedOn.AddYears(Years))
        {
            return string.IsNullOrWhiteSpace(extensionReason) ? ClockState.ExtensionNeeded : ClockState.Extended;
        }

        return today >= openedOn.AddMonths(WarningMonths) ? ClockState.Warning : ClockState.Running;
    }

    public static DateOnly EndsOn(DateOnly openedOn, string? extensionReason) =>
        openedOn.AddYears(string.IsNullOrWhiteSpace(extensionReason) ? Years : ExtendedYears);
}
