namespace IntegrationsNetz.Core.Offers;

/// <summary>
/// When an offer is due to be checked again: an offer nobody has confirmed for half a year (times, places, costs) is
/// likely to have changed, so coordinators and editors see it on their start page and can list those offers.
/// </summary>
public static class OfferChecks
{
    public const int MonthsValid = 6;

    /// <summary>The last check date below which an offer is due (checked before this day, or never).</summary>
    public static DateOnly DueBefore(DateOnly today) => today.AddMonths(-MonthsValid);

    public static bool IsDue(DateOnly? lastChecked, DateOnly today) => lastChecked is not { } date || date < DueBefore(today);
}
