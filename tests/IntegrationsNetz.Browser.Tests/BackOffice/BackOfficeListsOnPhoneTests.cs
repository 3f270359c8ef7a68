using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Testing;
using Microsoft.Playwright;
using static IntegrationsNetz.Browser.Tests.BrowserPages;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Browser.Tests.BackOffice;

/// <summary>
/// The back office's long lists on a 320 px phone with JavaScript off: each table becomes a stacked list, so the page
/// is no wider than the screen, the approve button can be reached, and a case is found by its code.
/// </summary>
public sealed class BackOfficeListsOnPhoneTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private const string Coordinator = "koordination.telefon@oftersheim.example";
    private const string Manager = "im.liste@eppelheim.example";

    [Fact]
    public async Task A_coordinator_sees_the_volunteers_and_the_pages_of_Oftersheim_on_a_phone_and_approves_a_volunteer()
    {
        await TestAccounts.CreateAsync(portal, Coordinator, Roles.Coordinator, TestAccounts.DefaultPassword, "oftersheim");
        // A long address and name: the kind of value that widened the table beyond the screen.
        await VolunteerTestData.WithoutLoginAsync(portal, "vorname.nachname.ehrenamtlich@beispiel-verein-oftersheim.example", "Maximiliane Musterfrau-Beispielsdóttir",
            new(Municipality: "oftersheim", Skills: ["accompaniment", "interpreting", "job-applications", "housing-search"], Status: VolunteerStatus.AwaitingApproval));
        var page = await portal.NewPageAsync(320, 640, javaScript: false);
        await SignInAsync(page, Coordinator, TestAccounts.DefaultPassword);

        await page.GotoAsync("/backoffice/pages?owner=oftersheim");
        Assert.NotEqual(0, await page.Locator("main table tbody tr").CountAsync());
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("backoffice-pages-320"), FullPage = true });

        await page.GotoAsync("/backoffice/volunteers");
        var row = page.Locator("main tbody tr", new() { HasText = "Maximiliane" });
        await AssertFitsAsync(page);
        var approve = row.Locator("form[action*='handler=Approve'] button");
        await AssertOnScreenAsync(page, approve);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("backoffice-volunteers-320"), FullPage = true });

        await approve.ClickAsync();
        Assert.Contains("Freigeschaltet", await page.Locator("main [role=status]").TextContentAsync());
        Assert.Equal(0, await row.Locator("form[action*='handler=Approve']").CountAsync());
        await AssertFitsAsync(page);
    }

    [Fact]
    public async Task A_manager_finds_a_case_by_its_code_on_a_phone_without_JavaScript()
    {
        var api = await ManagerAsync(portal, Manager, "eppelheim");
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await CreateCaseAsync(api);
            await AddGoalAsync(api, created.GetProperty("id").GetString()!, "Sprache", "Deutschkurs A2", reviewInDays: 10 + i);
            codes.Add(created.GetProperty("code").GetString()!);
        }

        var page = await portal.NewPageAsync(320, 640, javaScript: false);
        await SignInAsync(page, Manager, TestAccounts.DefaultPassword);
        await page.GotoAsync("/backoffice/cases");
        Assert.Equal(codes, await CodesAsync(page));
        Assert.Contains(Texts(Today.AddDays(11)), await page.Locator("#case-list tbody tr", new() { HasText = codes[1] }).TextContentAsync());
        await AssertFitsAsync(page);

        await page.FillAsync("#case-code", codes[1]);
        await page.RunAndWaitForResponseAsync(() => page.Locator("#case-code").PressAsync("Enter"), r => r.Url.Contains("code=", StringComparison.Ordinal) && r.Request.IsNavigationRequest);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal([codes[1]], await CodesAsync(page));
        Assert.Equal(codes[1], await page.InputValueAsync("#case-code"));
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("backoffice-cases-320"), FullPage = true });

        await page.Locator("#case-list tbody th a").ClickAsync();
        Assert.StartsWith($"Fall {codes[1]}", (await page.Locator("h1").TextContentAsync())!.Trim());
    }

    private static async Task<IReadOnlyList<string>> CodesAsync(IPage page) =>
        (await page.Locator("#case-list tbody th").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    private static string Texts(DateOnly day) => day.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
