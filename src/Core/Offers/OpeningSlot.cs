using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationsNetz.Core.Offers;

/// <summary>A weekly opening slot written as "Mo 08:00-12:00", the way offices print them.</summary>
public sealed partial record OpeningSlot(DayOfWeek Day, TimeOnly From, TimeOnly To)
{
    private static readonly string[] Days = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];

    public static bool TryParse(string? text, out OpeningSlot slot)
    {
        slot = null!;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var day = Array.IndexOf(Days, match.Groups[1].Value);
        if (day < 0
            || !TimeOnly.TryParseExact(match.Groups[2].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !TimeOnly.TryParseExact(match.Groups[3].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to <= from)
        {
            return false;
        }

        slot = new OpeningSlot((DayOfWeek)day, from, to);
        return true;
    }

    public static string DayName(DayOfWeek day) => Days[(int)day];

    public bool IsOpenAt(DateTime local) =>
        local.DayOfWeek == Day && TimeOnly.FromDateTime(local) >= From && TimeOnly.FromDateTime(local) < To;

    public override string ToString() => $"{Days[(int)Day]} {From:HH\\:mm}-{To:HH\\:mm}";

    [GeneratedRegex(@"^(Mo|Di|Mi|Do|Fr|Sa|So)\s+(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$")]
    private static partial Regex Pattern();
}
