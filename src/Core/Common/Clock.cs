namespace IntegrationsNetz.Core.Common;

public static class Clock
{
    /// <summary>UTC now without sub-millisecond noise, so values round-trip identically through SQLite and PostgreSQL.</summary>
    public static DateTime UtcNow(TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}
