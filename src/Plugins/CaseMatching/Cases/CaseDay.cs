using IntegrationsNetz.Core.Common;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>Dates of conversations, reviews and substitutions are calendar days in Baden-Württemberg.</summary>
public static class CaseDay
{
    public static DateOnly Today(TimeProvider time) => Clock.TodayInGermany(time);

    /// <summary>The local time in Germany, for jobs that run from a certain hour.</summary>
    public static DateTimeOffset Now(TimeProvider time) => Clock.NowInGermany(time);
}
