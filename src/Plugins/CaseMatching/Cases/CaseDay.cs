namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>Dates of conversations, reviews and substitutions are calendar days in Baden-Württemberg.</summary>
public static class CaseDay
{
    private static readonly TimeZoneInfo Germany = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    /// <summary>The local time in Germany, for jobs that run from a certain hour.</summary>
    public static DateTimeOffset Now(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Germany);
}
