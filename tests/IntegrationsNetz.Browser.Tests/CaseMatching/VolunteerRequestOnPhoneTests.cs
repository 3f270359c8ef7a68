using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using IntegrationsNetz.Testing;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Browser.Tests.CaseMatching;

/// <summary>
/// A volunteer who reads Arabic, on a 320 px phone without JavaScript: finds the request on the board, signs up,
/// sees the meeting point once the manager confirmed, and records the hours. Right to left all the way.
/// </summary>
public sealed class VolunteerRequestOnPhoneTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private const string Email = "mariam@ehrenamt.example";

    [Fact]
    public async Task An_Arabic_reading_volunteer_signs_up_sees_the_meeting_point_and_records_the_hours_on_a_phone_without_JavaScript()
    {
        var (manager, requestId) = await PublishedRequestAsync();
        await VolunteerTestData.ApprovedAsync(portal, Email, "Mariam", new(Culture: "ar", Languages: ["ar:native"]));

        var page = await portal.NewPageAsync(320, 640, javaScript: false, locale: "ar");
        await page.GotoAsync("/backoffice/login");
        await page.FillAsync("#Input_Email", Email);
        await page.FillAsync("#Input_Password", TestAccounts.DefaultPassword);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.GotoAsync("/ehrenamt/anfragen");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("الطلبات", (await page.Locator("h1").TextContentAsync())!.Trim());
        await BrowserPages.AssertFitsAsync(page);

        await page.Locator("#requests a", new() { HasText = "Begleitung zur Ausländerbehörde" }).ClickAsync();
        await page.FillAsync("#Message", "Ich spreche Arabisch und Deutsch.");
        await page.Locator("#signup button").ClickAsync();
        Assert.Contains("وصل تسجيلك", await page.Locator("[role=status]").TextContentAsync());
        Assert.Contains("بانتظار التأكيد", await page.Locator(".status-line").TextContentAsync());
        Assert.Equal(0, await page.Locator(".meeting").CountAsync());
        await BrowserPages.AssertFitsAsync(page);

        var details = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{requestId}/details");
        var signupId = details.GetProperty("signups")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/v1/requests/{requestId}/meeting", new { meetingDetails = "Treffpunkt am Rathaus Eppelheim, Haupteingang." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync($"/api/v1/signups/{signupId}/confirm", null)).StatusCode);

        await page.ReloadAsync();
        Assert.Contains("Rathaus Eppelheim", await page.Locator(".meeting").TextContentAsync());
        await page.FillAsync("#Hours", "2,5");
        await page.Locator("#complete button").ClickAsync();
        Assert.Contains("شكراً", await page.Locator("[role=status]").TextContentAsync());
        Assert.Contains("منجز", await page.Locator(".status-line").TextContentAsync());
        await BrowserPages.AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("ar-ehrenamt-anfrage-320"), FullPage = true });

        // The same pages with JavaScript, for axe: no findings on the board and on the request.
        var checkedPage = await portal.NewPageAsync(320, 640, locale: "ar");
        await checkedPage.GotoAsync("/backoffice/login");
        await checkedPage.FillAsync("#Input_Email", Email);
        await checkedPage.FillAsync("#Input_Password", TestAccounts.DefaultPassword);
        await checkedPage.Locator("main form button[type=submit]").First.ClickAsync();
        foreach (var path in new[] { "/ehrenamt/anfragen", $"/ehrenamt/anfragen/{requestId}" })
        {
            await checkedPage.GotoAsync(path);
            var axe = await checkedPage.RunAxe();
            Assert.True(axe.Violations.Length == 0, path + ": " + string.Join("\n", axe.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
        }
    }

    private Task<(HttpClient Manager, string RequestId)> PublishedRequestAsync() =>
        PublishedAccompanimentRequestAsync(portal, "im.telefon@eppelheim.example", "ar", "Arabisch");
}
