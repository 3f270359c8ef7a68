using System.Globalization;
using System.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Resources;

/// <summary>
/// The texts volunteers read (the request board, their sign-ups, the certificate page), in the request's UI culture
/// (the portal's public languages), German where a translation is missing. The back office stays German (<see cref="Texts"/>).
/// </summary>
public static class VolunteerTexts
{
    private static readonly ResourceManager Resources =
        new("IntegrationsNetz.Plugins.CaseMatching.Resources.VolunteerTexts", typeof(VolunteerTexts).Assembly);

    public static string Get(string key) => Get(key, CultureInfo.CurrentUICulture);

    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

    public static string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);

    public static string Skill(string key) => Get("Skill_" + key);

    /// <summary>"Tuesday:Afternoon" as "Dienstag, nachmittags" in the reader's language.</summary>
    public static string Slot(string slot)
    {
        var parts = slot.Split(':');
        return parts.Length == 2 && Enum.TryParse<DayOfWeek>(parts[0], out var day)
            ? $"{CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day)}, {Get("DayPart_" + parts[1])}"
            : slot;
    }

    /// <summary>A language by its code, named in that language ("العربية"), which every reader recognises.</summary>
    public static string Language(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(code).NativeName;
            return name.Length > 0 ? char.ToUpper(name[0], CultureInfo.CurrentCulture) + name[1..] : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
