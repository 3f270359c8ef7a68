using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Tests.Documents;
using IntegrationsNetz.Plugins.CaseMatching.Tests.Requests;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Engagement;

/// <summary>
/// The certificate page of volunteers with recorded hours: the German PDF for everyone, and beside it the PDF in the
/// volunteer's own language when that is not German.
/// </summary>
public sealed class CertificatePageTests : IAsyncLifetime
{
    private const string GermanPdf = "/ehrenamt/nachweis?handler=Pdf";

    private RequestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await RequestWorld.StartAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_Ukrainian_volunteer_downloads_the_German_and_the_Ukrainian_certificate()
    {
        var volunteer = await VolunteerWithHoursAsync("olena@ehrenamt.example", "Olena Koval", "uk");
        volunteer.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk-UA");

        var page = await volunteer.GetAsync("/ehrenamt/nachweis");

        var links = page.Document.QuerySelectorAll("a[href*='handler=Pdf']").ToList();
        Assert.Equal([GermanPdf, "/ehrenamt/nachweis?handler=Pdf&language=uk"], links.Select(l => l.GetAttribute("href")));
        Assert.Equal("Завантажити німецькою як PDF", links[0].TextContent.Trim());
        Assert.Equal("Завантажити вашою мовою як PDF (Українська)", links[1].TextContent.Trim());
        Assert.Equal("uk", links[1].QuerySelector("span")!.GetAttribute("lang"));

        var german = await volunteer.Client.GetAsync(GermanPdf);
        Assert.Equal("ehrenamtsnachweis.pdf", german.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("Nachweis über ehrenamtliches Engagement", PdfText.AllLines(await german.Content.ReadAsByteArrayAsync())[0]);

        var own = await volunteer.Client.GetAsync(links[1].GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ehrenamtsnachweis-uk.pdf", own.Content.Headers.ContentDisposition?.FileName);
        var lines = PdfText.AllLines(await own.Content.ReadAsByteArrayAsync());
        Assert.Equal("Довідка про волонтерську діяльність", lines[0]);
        Assert.StartsWith("Цим підтверджується, що Olena Koval займається волонтерською роботою", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("Begleitung zur Ausländerbehörde", StringComparison.Ordinal) && l.EndsWith("2,5 год.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_German_volunteer_sees_only_the_German_download()
    {
        var volunteer = await VolunteerWithHoursAsync("jana@ehrenamt.example", "Jana Morgenroth", "de");

        var page = await volunteer.GetAsync("/ehrenamt/nachweis");

        var link = Assert.Single(page.Document.QuerySelectorAll("a[href*='handler=Pdf']"));
        Assert.Equal(GermanPdf, link.GetAttribute("href"));
        Assert.Equal("Auf Deutsch als PDF herunterladen", link.TextContent.Trim());
    }

    [Fact]
    public async Task A_volunteer_whose_browser_is_German_is_offered_the_language_of_their_profile()
    {
        var volunteer = await VolunteerWithHoursAsync("amal@ehrenamt.example", "Amal Haddad", "ar");

        var page = await volunteer.GetAsync("/ehrenamt/nachweis");

        var links = page.Document.QuerySelectorAll("a[href*='handler=Pdf']").ToList();
        Assert.Equal([GermanPdf, "/ehrenamt/nachweis?handler=Pdf&language=ar"], links.Select(l => l.GetAttribute("href")));
        Assert.Equal("In Ihrer Sprache als PDF herunterladen (العربية)", links[1].TextContent.Trim());
        Assert.Equal("rtl", links[1].QuerySelector("span")!.GetAttribute("dir"));
        var own = await volunteer.Client.GetAsync(links[1].GetAttribute("href"));
        Assert.Equal("ehrenamtsnachweis-ar.pdf", own.Content.Headers.ContentDisposition?.FileName);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("de-DE")]
    [InlineData("<script>")]
    [InlineData("")]
    public async Task An_unknown_language_gives_the_German_certificate(string language)
    {
        var volunteer = await VolunteerWithHoursAsync("emil@ehrenamt.example", "Emil Sommer", "uk");

        var response = await volunteer.Client.GetAsync($"{GermanPdf}&language={Uri.EscapeDataString(language)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ehrenamtsnachweis.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("Nachweis über ehrenamtliches Engagement", PdfText.AllLines(await response.Content.ReadAsByteArrayAsync())[0]);
    }

    /// <summary>A volunteer of the given language who helped at today's request for 2.5 hours, signed in on the pages.</summary>
    private async Task<BrowserlessSession> VolunteerWithHoursAsync(string email, string name, string culture)
    {
        var (_, api) = await VolunteerTestData.ApprovedAsync(_world.Portal, email, name, new(Culture: culture, Languages: ["ar:C1"]));
        var requestId = await _world.PublishedAsync();
        var signup = await (await api.PostAsJsonAsync($"/api/v1/requests/{requestId}/signups", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var signupId = signup.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await _world.Manager.PostAsync($"/api/v1/signups/{signupId}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/signups/{signupId}/complete", new { hours = 2.5 })).StatusCode);
        var session = new BrowserlessSession(_world.Portal);
        await session.LoginAsync(email, TestAccounts.DefaultPassword);
        return session;
    }
}
