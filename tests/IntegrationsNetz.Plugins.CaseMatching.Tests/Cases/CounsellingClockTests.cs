using IntegrationsNetz.Plugins.CaseMatching.Cases;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Cases;

public sealed class CounsellingClockTests
{
    private static readonly DateOnly Opened = new(2024, 1, 15);

    [Theory]
    [InlineData("2026-07-14", null, ClockState.Running)]
    [InlineData("2026-07-15", null, ClockState.Warning)]
    [InlineData("2027-01-14", null, ClockState.Warning)]
    [InlineData("2027-01-15", null, ClockState.ExtensionNeeded)]
    [InlineData("2027-01-15", "Ausbildung beginnt im Herbst; Begleitung bis zum Abschluss der Probezeit", ClockState.Extended)]
    [InlineData("2028-01-15", "Ausbildung beginnt im Herbst", ClockState.Ended)]
    public void Counselling_lasts_three_years_warns_at_thirty_months_and_needs_a_reason_for_a_fourth(string today, string? reason, ClockState expected) =>
        Assert.Equal(expected, CounsellingClock.State(Opened, reason, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
