using System.Collections.Concurrent;
using System.Globalization;

namespace IntegrationsNetz.Core.Content;

/// <summary>
/// How dates and numbers are written for a reader. The words come from the language's resources; the formats are
/// those of someone living in Germany: English as in Britain (2/12/2026 is the 2nd of December, as on every German
/// letter, not the 12th of February), and Farsi with the Gregorian calendar, because appointments, letters from the
/// offices and course dates all follow it (the Persian calendar's 1405/9/11 cannot be matched with them).
/// </summary>
public static class PortalFormats
{
    private static readonly ConcurrentDictionary<string, CultureInfo> Known = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="culture">A UI culture name ("en", "fa", "de" ...), as <see cref="PortalCulture.UiCulture"/>.</param>
    public static CultureInfo For(string culture) => Known.GetOrAdd(culture, Create);

    private static CultureInfo Create(string culture)
    {
        switch (culture.ToLowerInvariant())
        {
            case "en":
                return CultureInfo.GetCultureInfo("en-GB");
            case "fa":
                var farsi = (CultureInfo)CultureInfo.GetCultureInfo("fa").Clone();
                farsi.DateTimeFormat.Calendar = new GregorianCalendar();
                return CultureInfo.ReadOnly(farsi);
            default:
                return CultureInfo.GetCultureInfo(culture);
        }
    }
}
