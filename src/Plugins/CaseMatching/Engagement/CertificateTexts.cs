using System.Globalization;
using System.Resources;
using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Plugins.CaseMatching.Engagement;

/// <summary>
/// The certificate's wording in one of the portal's languages (Leichte Sprache uses the German), shared by the PDF and
/// the printable page so both say the same. German is the certificate for employers, schools and offices ("2,5 Std.",
/// issued "1. Dezember 2026"); the other languages are the volunteer's own copy, with dates as 01.12.2026 like the
/// plan copy, because that is how the German letters and offices they meet write them.
/// </summary>
public sealed class CertificateTexts(PortalCulture culture)
{
    private static readonly ResourceManager Resources =
        new("IntegrationsNetz.Plugins.CaseMatching.Resources.CertificateTexts", typeof(CertificateTexts).Assembly);

    private static readonly CultureInfo GermanFormat = CultureInfo.GetCultureInfo("de");

    private readonly CultureInfo _ui = CultureInfo.GetCultureInfo(culture.UiCulture);

    // Decimal hours as the reader writes them ("2,5" in German, "2.5" in English), like the rest of the portal.
    private readonly CultureInfo _numbers = PortalFormats.For(culture.UiCulture);

    public static CertificateTexts German { get; } = new(PortalCulture.German);

    public PortalCulture Culture => culture;

    public bool IsGerman => culture.UiCulture == PortalCulture.SourceKey;

    /// <summary>The German certificate keeps its established name; a translation names its language.</summary>
    public string FileName => IsGerman ? CertificateFile.Name : $"ehrenamtsnachweis-{culture.Key}.pdf";

    /// <summary>The texts of a portal language; German when none is given, and for Leichte Sprache, which has no certificate wording of its own.</summary>
    public static CertificateTexts Of(PortalCulture? culture) =>
        culture is null || culture.UiCulture == PortalCulture.SourceKey ? German : new(culture);

    /// <summary>The language a certificate is asked for by its key, German when the key is missing or not a portal language.</summary>
    public static CertificateTexts For(string? key) => Of(PortalCulture.Find(key));

    public string Get(string key) => Resources.GetString($"Certificate_{key}", _ui) ?? key;

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    public string Hours(decimal hours) => Format("HoursValue", hours.ToString("0.##", _numbers));

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public string LongDate(DateOnly date) => IsGerman ? date.ToString("d. MMMM yyyy", GermanFormat) : Date(date);

    /// <summary>"Олена Коваль hat sich im Ehrenamtskreis „AK Asyl Oftersheim“ in Oftersheim und Plankstadt
    /// ehrenamtlich in der Integrationsarbeit engagiert."</summary>
    public string Introduction(EngagementCertificate certificate)
    {
        // Names come from people and may be written in the other direction: isolated, they cannot reorder the sentence around them.
        var name = Isolate(certificate.VolunteerName);
        var places = certificate.Municipalities.Where(m => !string.IsNullOrWhiteSpace(m)).Select(Isolate).ToList();
        var circle = string.IsNullOrWhiteSpace(certificate.VolunteerCircle) ? null : Isolate(certificate.VolunteerCircle);
        return (circle, places.Count) switch
        {
            (not null, > 0) => Format("IntroCircleMunicipalities", name, circle, List(places)),
            (not null, _) => Format("IntroCircle", name, circle),
            (null, > 0) => Format("IntroMunicipalities", name, List(places)),
            _ => Format("Intro", name),
        };
    }

    /// <summary>"A", "A und B", "A, B und C" (in Arabic and Farsi with their comma).</summary>
    private string List(List<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(Get("ListSeparator"), items[..^1])} {Get("And")} {items[^1]}";

    // U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE (UAX #9); invisible, not drawn.
    private static string Isolate(string text) => $"\u2068{text.Trim()}\u2069";
}
