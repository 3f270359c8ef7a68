using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Testing;
using Microsoft.Playwright;
using MimeKit;
using UglyToad.PdfPig;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Browser.Tests.Journeys;

/// <summary>
/// A volunteer who reads Ukrainian, on a 360-pixel phone, from the registration to the certificate: registers, confirms
/// the address from the opt-in mail that came over a real SMTP server, is approved by a coordinator in the back office,
/// signs in, signs up for a request on the board, records the hours once the manager confirmed, and downloads the
/// certificate. Every page passes <see cref="PageChecks"/> and shows no German interface text (<see cref="GermanText"/>).
/// </summary>
public sealed class VolunteerJourneyTests(SmtpBrowserFixture portal) : IClassFixture<SmtpBrowserFixture>
{
    private const string Email = "olena.weg@ehrenamt.example";
    private const string Password = "ein langes Ehrenamtspasswort";
    private const string Coordinator = "koordination@eppelheim.example";
    private static readonly GermanText German = GermanText.For("uk");

    [Fact]
    public async Task A_Ukrainian_reading_volunteer_on_a_360_pixel_phone_goes_from_registration_to_the_certificate_without_meeting_German()
    {
        var (manager, requestId) = await PublishedRequestAsync();
        await TestAccounts.EnsureAsync(portal, Coordinator, Roles.Coordinator, "eppelheim");
        var page = await portal.NewPageAsync(360, 740, locale: "uk");
        async Task CheckAsync(IResponse? response)
        {
            await PageChecks.AssertSoundAsync(page, response);
            Assert.Equal("uk", await page.GetAttributeAsync("html", "lang"));
            await German.AssertNoneOnAsync(page);
        }

        Task<IResponse> FollowAsync(ILocator target) => PageChecks.NavigationAsync(page, () => target.ClickAsync());

        // Registration in Ukrainian: one municipality, one activity, one time of the week, Ukrainian as mother tongue.
        await CheckAsync(await page.GotoAsync("/uk/mitmachen"));
        await page.FillAsync("#Input_DisplayName", "Olena");
        await page.FillAsync("#Input_Email", Email);
        await page.FillAsync("#Input_Password", Password);
        await page.CheckAsync("#m-eppelheim");
        await page.CheckAsync("#s-accompaniment");
        await page.CheckAsync("#a-Tuesday-Morning");
        await page.SelectOptionAsync("#lang-0", "uk");
        await page.SelectOptionAsync("#level-0", "native");
        await page.CheckAsync("#Input_PrivacyConsent");
        await CheckAsync(await FollowAsync(page.Locator("main form button[type=submit]:not(.visually-hidden)").Last));
        Assert.Contains("Майже готово", await page.Locator("[role=status]").TextContentAsync());

        // The opt-in mail, in Ukrainian, with the link the volunteer opens.
        var optIn = await portal.MailAsync(Email);
        AssertUkrainian(optIn);
        var confirmLink = LinkIn(optIn, "/uk/mitmachen/bestaetigen");
        await CheckAsync(await page.GotoAsync(confirmLink.PathAndQuery));
        await CheckAsync(await FollowAsync(page.Locator("main form button[type=submit]")));
        Assert.Equal(1, await page.Locator("main p[role=status]").CountAsync());

        // The coordinator of Eppelheim, in the back office: the start page says someone waits, and leads to the approval.
        var office = await portal.NewPageAsync(1280, 900);
        await BrowserPages.SignInAsync(office, Coordinator, TestAccounts.DefaultPassword);
        await PageChecks.AssertSoundAsync(office, await office.GotoAsync("/backoffice"));
        var waiting = office.Locator("#tasks a[href='/backoffice/volunteers']", new() { HasText = "wartet auf Freischaltung" });
        await PageChecks.AssertSoundAsync(office, await PageChecks.NavigationAsync(office, () => waiting.ClickAsync()));
        var row = office.Locator("tbody tr", new() { HasText = Email });
        await PageChecks.AssertSoundAsync(office, await PageChecks.NavigationAsync(office, () => row.Locator("form[action*='handler=Approve'] button").ClickAsync()));
        Assert.Contains("Freigeschaltet", await office.Locator("main [role=status]").TextContentAsync());
        Assert.NotEmpty(German.In(await office.InnerTextAsync("main"))); // the back office is German: the check sees it there
        AssertUkrainian(await portal.MailAsync(Email, m => m.MessageId != optIn.MessageId));

        // Signing in on the phone leads to the volunteer's own page; from there to the board and the request.
        await CheckAsync(await page.GotoAsync("/backoffice/login"));
        await page.FillAsync("#Input_Email", Email);
        await page.FillAsync("#Input_Password", Password);
        await CheckAsync(await FollowAsync(page.Locator("main form button[type=submit]").First));
        Assert.EndsWith("/ehrenamt", page.Url, StringComparison.Ordinal);
        await CheckAsync(await FollowAsync(page.Locator("header nav a[href='/ehrenamt/anfragen']")));
        await CheckAsync(await FollowAsync(page.Locator($"#requests a[href='/ehrenamt/anfragen/{requestId}']")));
        await page.FillAsync("#Message", "Я говорю українською та німецькою.");
        await CheckAsync(await FollowAsync(page.Locator("#signup button")));
        Assert.Equal(0, await page.Locator(".meeting").CountAsync());

        // The manager confirms with a meeting point (through the API, as the manager's own tests do in the browser).
        var details = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{requestId}/details");
        var signupId = details.GetProperty("signups")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/v1/requests/{requestId}/meeting", new { meetingDetails = "Treffpunkt am Rathaus Eppelheim, Haupteingang." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync($"/api/v1/signups/{signupId}/confirm", null)).StatusCode);

        await CheckAsync(await page.ReloadAsync());
        Assert.Contains("Rathaus Eppelheim", await page.Locator(".meeting").TextContentAsync());
        await page.FillAsync("#Hours", "2,5");
        await CheckAsync(await FollowAsync(page.Locator("#complete button")));
        Assert.Contains("2.5", (await page.Locator(".status-line").TextContentAsync())!.Replace(',', '.'), StringComparison.Ordinal);

        // The certificate: the page explains in Ukrainian that the certificate is German (it is for German offices), the
        // certificate itself is marked so, and the PDF is that certificate with the hours just recorded.
        await CheckAsync(await FollowAsync(page.Locator("nav.tabs a[href='/ehrenamt/nachweis']")));
        Assert.Equal("de", await page.Locator("article.certificate").GetAttributeAsync("lang"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href='/ehrenamt/nachweis?handler=Pdf']").ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.Contains("NachweisüberehrenamtlichesEngagement", text, StringComparison.Ordinal);
            Assert.Contains("Olena", text, StringComparison.Ordinal);
            Assert.Contains("BegleitungzurAusländerbehörde", text, StringComparison.Ordinal);
        }

        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("journey-volunteer-uk-360"), FullPage = true });
    }

    /// <summary>A mail the volunteer reads: Ukrainian subject and text, no German interface text, an HTML part marked uk.</summary>
    private static void AssertUkrainian(MimeMessage mail)
    {
        var text = mail.Subject + "\n" + mail.TextBody;
        Assert.True(German.In(text).Count == 0, $"the mail \"{mail.Subject}\" is German: {string.Join("; ", German.In(text))}");
        Assert.True(mail.Subject!.Any(c => c is >= '\u0400' and <= '\u04FF'), $"the subject \"{mail.Subject}\" is not Ukrainian");
        Assert.Contains("<html lang=\"uk\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    private static Uri LinkIn(MimeMessage mail, string path) =>
        new((mail.TextBody ?? string.Empty).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries).First(w => w.Contains(path, StringComparison.Ordinal)).Trim());

    private Task<(HttpClient Manager, string RequestId)> PublishedRequestAsync() =>
        PublishedAccompanimentRequestAsync(portal, "im.weg@eppelheim.example", "uk", "Ukrainisch");
}
