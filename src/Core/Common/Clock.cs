namespace IntegrationsNetz.Core.Common;

public static class Clock
{
    private static readonly TimeZoneInfo Germany = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Today as a calendar day in Baden-Württemberg: between 23:00 and 24:00 UTC it is already tomorrow there.</summary>
    public static DateOnly TodayInGermany(TimeProvider time) => DateOnly.FromDateTime(NowInGermany(time).DateTime);

    /// <summary>The local time in Germany, for jobs that run from a certain hour.</summary>
    public static DateTimeOffset NowInGermany(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Germany);

    /// <summary>
    /// A stored UTC moment as the wall-clock time in Germany, for dates shown to readers: 23:30 UTC on the 14th is
    /// already the 15th there, which is the date the German change was made.
    /// </summary>
    public static DateTime InGermany(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Germany);

    /// <summary>UTC now without sub-millisecond noise, so values round-trip identically through SQLite and PostgreSQL.</summary>
    public static DateTime UtcNow(TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}
