using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Tests.Documents;
using IntegrationsNetz.Plugins.CaseMatching.Engagement;
using IntegrationsNetz.Testing;
using UglyToad.PdfPig;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Engagement;

/// <summary>
/// The Ehrenamtsnachweis from the real host's service, read back with PdfPig as an employer would read the German one
/// and the volunteer their own language's copy.
/// </summary>
public sealed class CertificatePdfTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly IssuedOn = new(2026, 12, 1);

    private CertificatePdf Certificates => factory.Service<CertificatePdf>();

    [Fact]
    public void The_certificate_holds_exactly_the_volunteer_the_circle_the_hours_per_year_the_activities_and_the_total()
    {
        var certificate = Sample("Jana Morgenroth");

        var pdf = Certificates.Render(certificate);

        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal(1, document.NumberOfPages);
            Assert.Equal("Nachweis über ehrenamtliches Engagement – Jana Morgenroth", document.Information.Title);
            Assert.Equal("IntegrationsNetz", document.Information.Author);
        }

        // The whole text, wrapped lines joined by a space: nothing on the page that the record does not hold.
        string[] expected =
        [
            "Nachweis über ehrenamtliches Engagement",
            "Jana Morgenroth hat sich im Ehrenamtskreis „AK Asyl Oftersheim“ in Oftersheim, Plankstadt und Schwetzingen ehrenamtlich in der Integrationsarbeit engagiert.",
            "2025: 4,5 Std.",
            "Datum Tätigkeit Stunden",
            "14.10.2025 Begleitung zur Ausländerbehörde 2,5 Std.",
            "03.11.2025 Hausaufgabenhilfe 2 Std.",
            "2026: 7,25 Std.",
            "Datum Tätigkeit Stunden",
            "20.01.2026 Übersetzung beim Elternabend 1,25 Std.",
            "02.03.2026 Begleitung zum Jobcenter 3 Std.",
            "11.05.2026 Hilfe beim Umzug 3 Std.",
            "Insgesamt: 11,75 Std.",
            "Ausgestellt am 1. Dezember 2026",
            "Dieser Nachweis wurde vom IntegrationsNetz erstellt und enthält keine Angaben zu begleiteten Personen.",
            "Nachweis über ehrenamtliches Engagement: Jana Morgenroth Seite 1 von 1",
        ];
        Assert.Equal(string.Join(' ', expected), string.Join(' ', PdfText.AllLines(pdf)));
    }

    [Fact]
    public void A_name_in_Arabic_script_is_shaped_right_to_left_inside_the_German_sentence()
    {
        const string name = "مريم الحسن";

        var pdf = Certificates.Render(Sample(name));

        var lines = PdfText.Read(pdf)[0];
        var (before, arabic, after) = lines[1].SplitAtArabic();
        Assert.Empty(before.Letters);
        Assert.Equal(name, arabic.RightToLeft);
        Assert.StartsWith(" hat sich im Ehrenamtskreis „AK Asyl Oftersheim“", after.LeftToRight, StringComparison.Ordinal);
        var (_, inFooter, _) = lines[^1].SplitAtArabic();
        Assert.Equal(name, inFooter.RightToLeft);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal($"Nachweis über ehrenamtliches Engagement – {name}", document.Information.Title);
    }

    [Fact]
    public void A_name_in_Cyrillic_script_reads_back_unchanged()
    {
        var lines = PdfText.AllLines(Certificates.Render(Sample("Олена Коваль")));

        Assert.StartsWith("Олена Коваль hat sich im Ehrenamtskreis", lines[1], StringComparison.Ordinal);
        Assert.Equal("Nachweis über ehrenamtliches Engagement: Олена Коваль Seite 1 von 1", lines[^1]);
    }

    [Fact]
    public void Without_circle_municipalities_or_hours_the_sentence_and_the_total_say_only_that()
    {
        var pdf = Certificates.Render(new EngagementCertificate("Jana Morgenroth", null, [], IssuedOn, []));

        string[] expected =
            [
                "Nachweis über ehrenamtliches Engagement",
                "Jana Morgenroth hat sich ehrenamtlich in der Integrationsarbeit engagiert.",
                "Es sind noch keine Einsätze erfasst.",
                "Insgesamt: 0 Std.",
                "Ausgestellt am 1. Dezember 2026",
                "Dieser Nachweis wurde vom IntegrationsNetz erstellt und enthält keine Angaben zu begleiteten Personen.",
                "Nachweis über ehrenamtliches Engagement: Jana Morgenroth Seite 1 von 1",
            ];
        Assert.Equal(string.Join(' ', expected), string.Join(' ', PdfText.AllLines(pdf)));
    }

    [Fact]
    public void Two_hundred_activities_continue_over_numbered_pages_with_every_activity_once()
    {
        var activities = Enumerable.Range(0, 200)
            .Select(i => new EngagementActivity($"Einsatz {i + 1:000}", new DateOnly(2026, 1, 1).AddDays(i), 1.5m)).ToList();
        var certificate = new EngagementCertificate("Jana Morgenroth", "AK Asyl Oftersheim", ["Oftersheim"], IssuedOn,
            [new EngagementYear(2026, 300m, activities)]);

        var pages = PdfText.Read(Certificates.Render(certificate));

        Assert.True(pages.Count >= 5, $"{pages.Count} pages");
        Assert.All(pages.Select((p, i) => (p, i)), page =>
            Assert.Equal($"Nachweis über ehrenamtliches Engagement: Jana Morgenroth Seite {page.i + 1} von {pages.Count}", page.p[^1].LeftToRight));
        var rows = pages.SelectMany(p => p).Select(l => l.LeftToRight).Where(l => l.Contains(" Einsatz ", StringComparison.Ordinal)).ToList();
        Assert.Equal(activities.Select(a => $"{a.On:dd.MM.yyyy} {a.Title} 1,5 Std."), rows);
        Assert.Equal("Insgesamt: 300 Std.", pages[^1].Select(l => l.LeftToRight).Single(l => l.StartsWith("Insgesamt", StringComparison.Ordinal)));
    }

    [Fact]
    public void In_Ukrainian_the_whole_certificate_is_Ukrainian_with_the_activities_as_recorded()
    {
        var pdf = Certificates.Render(Sample("Олена Коваль"), PortalCulture.Find("uk"));

        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal("Довідка про волонтерську діяльність – Олена Коваль", document.Information.Title);
        }

        // Every label, the hours with the Ukrainian decimal comma and the Gregorian dates; the activities as recorded.
        var lines = PdfText.AllLines(pdf);
        Assert.Equal("Довідка про волонтерську діяльність", lines[0]);
        var firstYear = lines.IndexOf("2025: 4,5 год.");
        Assert.Equal("Цим підтверджується, що Олена Коваль займається волонтерською роботою у сфері інтеграції у волонтерській групі "
            + "«AK Asyl Oftersheim» (громади: Oftersheim, Plankstadt і Schwetzingen).", string.Join(' ', lines[1..firstYear]));
        Assert.Equal(["Дата Діяльність Години", "14.10.2025 Begleitung zur Ausländerbehörde 2,5 год."], lines[(firstYear + 1)..(firstYear + 3)]);
        Assert.Contains("Усього: 11,75 год.", lines);
        Assert.Contains("Видано 01.12.2026", lines);
        Assert.Equal("Довідка про волонтерську діяльність: Олена Коваль Сторінка 1 з 1", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains("Std.", StringComparison.Ordinal) || l.Contains("Nachweis", StringComparison.Ordinal));
    }

    [Fact]
    public void In_Arabic_the_certificate_reads_right_to_left_with_the_German_activities_and_dates_left_to_right()
    {
        var pdf = Certificates.Render(Sample("Jana Morgenroth"), PortalCulture.Find("ar"));

        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal("شهادة العمل التطوعي – Jana Morgenroth", document.Information.Title);
        }

        var lines = PdfText.Read(pdf).SelectMany(p => p).ToList();
        var rightToLeft = lines.Select(l => l.RightToLeft).ToList();
        Assert.Contains("شهادة العمل التطوعي", rightToLeft);
        Assert.Contains(rightToLeft, l => l.StartsWith("نشهد بمشاركة", StringComparison.Ordinal));
        Assert.Contains(rightToLeft, l => l.StartsWith("صدرت بتاريخ", StringComparison.Ordinal));
        var leftToRight = lines.Select(l => l.LeftToRight).ToList();
        Assert.Contains(leftToRight, l => l.Contains("Begleitung zur Ausländerbehörde", StringComparison.Ordinal) && l.Contains("14.10.2025", StringComparison.Ordinal));
        Assert.Contains(leftToRight, l => l.Contains("01.12.2026", StringComparison.Ordinal));
        Assert.DoesNotContain(leftToRight, l => l.Contains("Std.", StringComparison.Ordinal) || l.Contains("Nachweis", StringComparison.Ordinal));

        // The title starts at the right margin, where an Arabic reader begins.
        var title = lines.First(l => l.RightToLeft == "شهادة العمل التطوعي");
        var body = lines.Where(l => l.Letters.Count > 20).ToList();
        Assert.True(title.Right > body.Average(l => l.Left) + 200, "the title should sit on the right");
    }

    [Fact]
    public void German_asked_for_by_name_and_Leichte_Sprache_give_the_same_German_certificate()
    {
        var german = PdfText.AllLines(Certificates.Render(Sample("Jana Morgenroth")));

        Assert.Equal(german, PdfText.AllLines(Certificates.Render(Sample("Jana Morgenroth"), PortalCulture.German)));
        Assert.Equal(german, PdfText.AllLines(Certificates.Render(Sample("Jana Morgenroth"), PortalCulture.Find("ls"))));
        Assert.Contains("Ausgestellt am 1. Dezember 2026", german);
    }

    /// <summary>Two years, given out of order (the certificate sorts them), with hours in quarters.</summary>
    private static EngagementCertificate Sample(string name) => new(
        name,
        "AK Asyl Oftersheim",
        ["Oftersheim", "Plankstadt", "Schwetzingen"],
        IssuedOn,
        [
            new EngagementYear(2026, 7.25m,
            [
                new EngagementActivity("Begleitung zum Jobcenter", new DateOnly(2026, 3, 2), 3m),
                new EngagementActivity("Übersetzung beim Elternabend", new DateOnly(2026, 1, 20), 1.25m),
                new EngagementActivity("Hilfe beim Umzug", new DateOnly(2026, 5, 11), 3m),
            ]),
            new EngagementYear(2025, 4.5m,
            [
                new EngagementActivity("Begleitung zur Ausländerbehörde", new DateOnly(2025, 10, 14), 2.5m),
                new EngagementActivity("Hausaufgabenhilfe", new DateOnly(2025, 11, 3), 2m),
            ]),
        ]);
}
