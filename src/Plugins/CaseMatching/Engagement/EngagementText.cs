using System.Globalization;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Engagement;

/// <summary>
/// The certificate's German wording, shared by the PDF and the printable page so both say the same:
/// hours as "2,5 Std.", the issue date as "1. Dezember 2026", the sentence naming volunteer, circle and municipalities.
/// </summary>
public static class EngagementText
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    public static string Hours(decimal hours) => Texts.Format("Certificate_HoursValue", hours.ToString("0.##", German));

    public static string LongDate(DateOnly date) => date.ToString("d. MMMM yyyy", German);

    public static decimal TotalHours(EngagementCertificate certificate) => certificate.Years.Sum(y => y.Hours);

    /// <summary>The years in order, each with its activities by date.</summary>
    public static IEnumerable<EngagementYear> Chronological(EngagementCertificate certificate) =>
        certificate.Years.OrderBy(y => y.Year)
            .Select(y => y with { Activities = [.. y.Activities.OrderBy(a => a.On).ThenBy(a => a.Title, StringComparer.Ordinal)] });

    /// <summary>"Олена Коваль hat sich im Ehrenamtskreis „AK Asyl Oftersheim“ in Oftersheim und Plankstadt
    /// ehrenamtlich in der Integrationsarbeit engagiert."</summary>
    public static string Introduction(EngagementCertificate certificate)
    {
        // Names come from people and may be written right to left: isolated, they cannot reorder the German around them.
        var name = Isolate(certificate.VolunteerName);
        var places = certificate.Municipalities.Where(m => !string.IsNullOrWhiteSpace(m)).Select(Isolate).ToList();
        var circle = string.IsNullOrWhiteSpace(certificate.VolunteerCircle) ? null : Isolate(certificate.VolunteerCircle);
        return (circle, places.Count) switch
        {
            (not null, > 0) => Texts.Format("Certificate_IntroCircleMunicipalities", name, circle, List(places)),
            (not null, _) => Texts.Format("Certificate_IntroCircle", name, circle),
            (null, > 0) => Texts.Format("Certificate_IntroMunicipalities", name, List(places)),
            _ => Texts.Format("Certificate_Intro", name),
        };
    }

    /// <summary>"A", "A und B", "A, B und C".</summary>
    private static string List(List<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items[..^1])} {Texts.Get("Certificate_And")} {items[^1]}";

    // U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE (UAX #9); invisible, not drawn.
    private static string Isolate(string text) => $"\u2068{text.Trim()}\u2069";
}
