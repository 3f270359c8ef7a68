namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>Dates of conversations, reviews and substitutions are calendar days in Baden-Württemberg.</summary>
public static class CaseDay
{
    private static readonly TimeZoneInfo Germany = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Germany).DateTime);
}
