using System.Globalization;

namespace IntegrationsNetz.Plugins.CaseMatching.Pages;

/// <summary>
/// Dates in forms: date inputs send yyyy-MM-dd, and a browser without a date picker lets people type dd.MM.yyyy;
/// both are accepted. Shown dates use <see cref="Resources.Texts.Date"/>.
/// </summary>
public static class FormDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];
    private static readonly TimeZoneInfo Germany = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The value of a date input.</summary>
    public static string Input(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Germany));

    /// <summary>A stored UTC time as German local time, e.g. 23.11.2026 14:05.</summary>
    public static string LocalTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Germany).ToString("dd.MM.yyyy HH:mm", CultureInfo.GetCultureInfo("de"));
}
