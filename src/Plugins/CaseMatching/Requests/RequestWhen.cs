using System.Globalization;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>When a request is, in words of the reader's language: "Dienstag, 8. Dezember 2026, 09:00–11:00" or the recurring windows.</summary>
public static class RequestWhen
{
    public static string Describe(VolunteerRequest request, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = PortalFormats.For(culture.Name);
            return Describe(request);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }

    /// <summary>In the current culture.</summary>
    public static string Describe(VolunteerRequest request)
    {
        if (request.On is { } on)
        {
            var day = on.ToString("D", CultureInfo.CurrentCulture);
            // The times are isolated left to right (U+2066 … U+2069), so "09:00–11:00" keeps its order in Arabic and Farsi.
            return request.From is { } from
                ? $"{day}, \u2066{from.ToString("HH:mm", CultureInfo.InvariantCulture)}{(request.Until is { } until ? "–" + until.ToString("HH:mm", CultureInfo.InvariantCulture) : string.Empty)}\u2069"
                : day;
        }

        return request.TimeWindows.Count > 0
            ? VolunteerTexts.Get("When_Recurring") + " " + string.Join("; ", request.TimeWindows.Select(VolunteerTexts.Slot))
            : VolunteerTexts.Get("When_ByArrangement");
    }
}
