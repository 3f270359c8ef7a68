using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Documents;

namespace IntegrationsNetz.Plugins.CaseMatching.Engagement;

/// <summary>
/// The Ehrenamtsnachweis as a PDF: who, in which circle and municipalities, the hours per year with their activities,
/// the total and the issue date. German by default, for employers, schools and authorities; in another portal
/// language as the volunteer's own copy (right to left for Arabic and Farsi, as the document's language sets). It prints exactly what the
/// <see cref="EngagementCertificate"/> holds, which has no case detail to print.
/// </summary>
public sealed class CertificatePdf(PdfWriter writer, TimeProvider time)
{
    public byte[] Render(EngagementCertificate certificate, PortalCulture? culture = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var texts = CertificateTexts.Of(culture);
        var title = texts.Get("Title");
        var document = new PortalDocument(texts.Format("DocumentTitle", certificate.VolunteerName.Trim()), texts.Culture.LanguageTag, time.GetUtcNow())
        {
            Subject = title,
            FooterText = texts.Format("Footer", certificate.VolunteerName.Trim()),
            PageLabel = texts.Get("PageLabel"),
        };
        document.AddTitle(title).AddParagraph(texts.Introduction(certificate));
        TableColumn[] columns =
        [
            new(texts.Get("Date"), 1.3f),
            new(texts.Get("Activity"), 5f),
            new(texts.Get("Hours"), 1.3f, CellAlignment.End),
        ];
        var years = EngagementText.Chronological(certificate).ToList();
        foreach (var year in years)
        {
            document.AddHeading(texts.Format("YearHeading", year.Year, texts.Hours(year.Hours)));
            if (year.Activities.Count > 0)
            {
                document.AddTable(columns, year.Activities.Select(a => (IReadOnlyList<string>)[CertificateTexts.Date(a.On), a.Title, texts.Hours(a.Hours)]));
            }
        }

        if (years.Count == 0)
        {
            document.AddParagraph(texts.Get("NoActivities"));
        }

        document
            .AddParagraph(texts.Format("Total", texts.Hours(EngagementText.TotalHours(certificate))), bold: true)
            .AddParagraph(texts.Format("IssuedOn", texts.LongDate(certificate.IssuedOn)))
            .AddParagraph(texts.Get("Disclaimer"));
        return writer.Write(document);
    }
}
