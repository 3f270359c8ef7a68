using IntegrationsNetz.Core.Documents;
using IntegrationsNetz.Plugins.CaseMatching.Cases;

namespace IntegrationsNetz.Plugins.CaseMatching.Plans.PlanCopy;

/// <summary>
/// The person's own copy of the integration plan as a PDF in their language, right to left for Arabic and Farsi
/// (shaped by HarfBuzz in the portal's PdfWriter), with a consent form for each purpose to sign on paper. Labels,
/// areas, statuses and dates are translated; the goals stay as the manager wrote them.
/// </summary>
public sealed class PlanCopyPdf(PdfWriter writer, TimeProvider time)
{
    public const string FileName = "integrationsplan.pdf";

    public byte[] Render(PlanCopy copy)
    {
        var texts = new PlanTexts(copy.Culture);
        var direction = copy.Culture.IsRightToLeft ? TextDirection.RightToLeft : TextDirection.LeftToRight;
        var document = new PortalDocument(texts.Get("Plan_Title"), copy.Culture.LanguageTag, time.GetUtcNow())
        {
            Direction = direction,
            FooterText = $"{texts.Get("Plan_Footer")} · {copy.CaseCode}",
            PageLabel = texts.Get("Plan_PageLabel"),
        };
        document.AddTitle(texts.Get("Plan_Title"))
            .AddParagraph(texts.Format("Plan_Intro", copy.Municipality, PlanTexts.Date(copy.AsOf), copy.CaseCode));

        document.AddHeading(texts.Get("Plan_Goals"));
        if (copy.Goals.Count == 0)
        {
            document.AddParagraph(texts.Get("Plan_NoGoals"));
        }
        else
        {
            TableColumn[] columns =
            [
                new(texts.Get("Plan_Area"), 1.6f),
                new(texts.Get("Plan_Goal"), 4f),
                new(texts.Get("Plan_Status"), 1.4f),
                new(texts.Get("Plan_TargetDate"), 1.3f),
            ];
            document.AddTable(columns, copy.Goals.Select(g => (IReadOnlyList<string>)
                [texts.Area(g.Area), g.Description, texts.Status(g.Status), g.TargetDate is { } d ? PlanTexts.Date(d) : "–"]));
            document.AddParagraph(texts.Get("Plan_FreeTextNote"));
        }

        document.AddHeading(texts.Get("Plan_NextAppointment"))
            .AddParagraph(copy.NextAppointment is { } next ? texts.Format("Plan_NextOn", PlanTexts.Date(next)) : texts.Get("Plan_NoAppointment"));

        document.AddHeading(texts.Get("Plan_Offers"));
        if (copy.Offers.Count == 0)
        {
            document.AddParagraph(texts.Get("Plan_NoOffers"));
        }

        foreach (var offer in copy.Offers)
        {
            document.AddParagraph(offer.Title, bold: true);
            foreach (var (label, value) in new[] { ("Plan_Address", offer.Address), ("Plan_Times", offer.Times), ("Plan_Contact", offer.Contact) })
            {
                if (value is not null)
                {
                    document.AddParagraph($"{texts.Get(label)}: {value}");
                }
            }
        }

        document.AddHeading(texts.Get("Plan_Consents")).AddParagraph(texts.Get("Plan_ConsentIntro"));
        foreach (var purpose in Enum.GetValues<ConsentPurpose>())
        {
            document.AddParagraph(texts.Get($"ConsentTitle_{purpose}"), bold: true)
                .AddParagraph(texts.Get($"ConsentText_{purpose}"))
                .AddParagraph($"☐ {texts.Get("Plan_Agree")}")
                .AddParagraph(texts.Get("Plan_Signature"));
        }

        return writer.Write(document);
    }
}
