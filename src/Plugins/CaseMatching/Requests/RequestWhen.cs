using System.Globalization;
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
            CultureInfo.CurrentCulture = culture;
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
            var day = on.ToString("dddd, d. MMMM yyyy", CultureInfo.CurrentCulture);
            return request.From is { } from
                ? $"{day}, {from:HH\\:mm}{(request.Until is { } until ? $"–{until:HH\\:mm}" : string.Empty)}"
                : day;
        }

        return request.TimeWindows.Count > 0
            ? VolunteerTexts.Get("When_Recurring") + " " + string.Join("; ", request.TimeWindows.Select(VolunteerTexts.Slot))
            : VolunteerTexts.Get("When_ByArrangement");
    }
}
