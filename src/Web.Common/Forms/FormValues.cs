using System.Globalization;

namespace IntegrationsNetz.Web.Common.Forms;

/// <summary>
/// The one place where form text becomes dates and numbers. Date inputs send yyyy-MM-dd, and a browser without a
/// date picker lets people type dd.MM.yyyy; both are accepted. Numbers are typed the German way (1,5) or with a point.
/// Shown dates and times are German local time.
/// </summary>
public static class FormValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private static readonly TimeZoneInfo Germany = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>A typed date; empty is a valid null, anything else that is no date is false.</summary>
    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A typed decimal number ("1,5", "1.5", "1.234,5"); empty is a valid null.</summary>
    public static bool TryParseDecimal(string? text, out decimal? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        // One separator only and it is a point: a decimal point (coordinates are often pasted that way).
        var culture = trimmed.Contains('.') && !trimmed.Contains(',') && trimmed.Count(c => c == '.') == 1 ? CultureInfo.InvariantCulture : German;
        if (decimal.TryParse(trimmed, NumberStyles.Number, culture, out var parsed))
        {
            number = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A typed time of day ("09:30", "9.30"); empty is a valid null.</summary>
    public static bool TryParseTime(string? text, out TimeOnly? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH.mm", "H.mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A typed whole number; empty is a valid null.</summary>
    public static bool TryParseInt(string? text, out int? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The value of a date input.</summary>
    public static string Input(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A date as Germans write it, e.g. 23.11.2026.</summary>
    public static string Show(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A number as Germans write it, e.g. 1,5.</summary>
    public static string Show(decimal? number, string format = "0.##") => number?.ToString(format, German) ?? string.Empty;

    public static DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Germany));

    /// <summary>A stored UTC time as German local time, e.g. 23.11.2026 14:05.</summary>
    public static string LocalTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Germany).ToString("dd.MM.yyyy HH:mm", German);
}
