using IntegrationsNetz.Core.Documents;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Engagement;

/// <summary>
/// The Ehrenamtsnachweis as a PDF, in German for employers, schools and authorities: who, in which circle and
/// municipalities, the hours per year with their activities, the total and the issue date. It prints exactly what
/// the <see cref="EngagementCertificate"/> holds, which has no case detail to print.
/// </summary>
public sealed class CertificatePdf(PdfWriter writer, TimeProvider time)
{
    public byte[] Render(EngagementCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var title = Texts.Get("Certificate_Title");
        var document = new PortalDocument(Texts.Format("Certificate_DocumentTitle", certificate.VolunteerName.Trim()), "de", time.GetUtcNow())
        {
            Subject = title,
            FooterText = Texts.Format("Certificate_Footer", certificate.VolunteerName.Trim()),
            PageLabel = Texts.Get("Certificate_PageLabel"),
        };
        document.AddTitle(title).AddParagraph(EngagementText.Introduction(certificate));
        TableColumn[] columns =
        [
            new(Texts.Get("Certificate_Date"), 1.3f),
            new(Texts.Get("Certificate_Activity"), 5f),
            new(Texts.Get("Certificate_Hours"), 1.3f, CellAlignment.End),
        ];
        var years = EngagementText.Chronological(certificate).ToList();
        foreach (var year in years)
        {
            document.AddHeading(Texts.Format("Certificate_YearHeading", year.Year, EngagementText.Hours(year.Hours)));
            if (year.Activities.Count > 0)
            {
                document.AddTable(columns, year.Activities.Select(a => (IReadOnlyList<string>)[Texts.Date(a.On), a.Title, EngagementText.Hours(a.Hours)]));
            }
        }

        if (years.Count == 0)
        {
            document.AddParagraph(Texts.Get("Certificate_NoActivities"));
        }

        document
            .AddParagraph(Texts.Format("Certificate_Total", EngagementText.Hours(EngagementText.TotalHours(certificate))), bold: true)
            .AddParagraph(Texts.Format("Certificate_IssuedOn", EngagementText.LongDate(certificate.IssuedOn)))
            .AddParagraph(Texts.Get("Certificate_Disclaimer"));
        return writer.Write(document);
    }
}
