using IntegrationsNetz.Browser.Tests.Journeys;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Testing;
using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests.Volunteers;

/// <summary>
/// The security of a volunteer's account in the volunteer's language: a volunteer reading Ukrainian goes from the
/// area's start page (with the area's tabs) to "Безпека", sets up the authenticator app, sees the recovery codes and
/// signs in again with the code, meeting no German on the way; staff keep the German back office on the same page.
/// </summary>
public sealed class VolunteerSecurityTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private const string Email = "oksana.sicher@ehrenamt.example";
    private static readonly GermanText German = GermanText.For("uk");

    [Fact]
    public async Task A_Ukrainian_reading_volunteer_sets_up_the_authenticator_app_and_signs_in_with_it_without_meeting_German()
    {
        await VolunteerTestData.ApprovedAsync(portal, Email, "Oksana", new(Culture: "uk", Languages: ["uk:native"]));
        var page = await portal.NewPageAsync(360, 740, locale: "uk");
        async Task CheckAsync(IResponse? response, string heading)
        {
            await PageChecks.AssertSoundAsync(page, response);
            Assert.Equal("uk", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(heading, (await page.Locator("main h1").TextContentAsync())!.Trim());
            await German.AssertNoneOnAsync(page);
        }

        Task<IResponse> FollowAsync(ILocator target) => PageChecks.NavigationAsync(page, () => target.ClickAsync());

        await page.GotoAsync("/backoffice/login");
        await page.FillAsync("#Input_Email", Email);
        await page.FillAsync("#Input_Password", TestAccounts.DefaultPassword);
        await CheckAsync(await FollowAsync(page.Locator("main form button[type=submit]").First), "Моє волонтерство");
        Assert.EndsWith("/ehrenamt", page.Url, StringComparison.Ordinal);
        await AssertTabsAsync(page, "/ehrenamt");

        // The header's "Безпека" and the area's own tab lead to the same page, in Ukrainian.
        Assert.Equal("Безпека", (await page.Locator("header a[href='/backoffice/account/two-factor']").TextContentAsync())!.Trim());
        await CheckAsync(await FollowAsync(page.Locator("nav.tabs a[href='/backoffice/account/two-factor']")), "Вхід із застосунком автентифікації");
        await AssertTabsAsync(page, "/backoffice/account/two-factor");
        Assert.Contains("на свій телефон", await page.Locator("main ol").TextContentAsync(), StringComparison.Ordinal);

        // A wrong code is refused in Ukrainian; the right one switches it on and shows the recovery codes once.
        var key = (await page.Locator("[data-testid=authenticator-key]").TextContentAsync())!;
        await page.FillAsync("#Code", "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000");
        await CheckAsync(await FollowAsync(page.Locator("main form.form button[type=submit]")), "Вхід із застосунком автентифікації");
        Assert.Contains("Код неправильний", await page.Locator("main [role=alert]").TextContentAsync(), StringComparison.Ordinal);
        await page.FillAsync("#Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await CheckAsync(await FollowAsync(page.Locator("main form.form button[type=submit]")), "Ваші коди відновлення");
        Assert.Equal("Вхід із застосунком автентифікації увімкнено.", (await page.Locator("main [role=status]").TextContentAsync())!.Trim());
        Assert.Equal(10, await page.Locator("[data-testid=recovery-codes] li").CountAsync());
        await CheckAsync(await FollowAsync(page.Locator("main a[href='/ehrenamt']")), "Моє волонтерство");
        await CheckAsync(await page.GotoAsync("/backoffice/account/two-factor"), "Вхід із застосунком автентифікації");
        Assert.Contains("Невикористані коди відновлення: 10", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);

        // The next sign-in asks for the code, in Ukrainian too.
        await PageChecks.NavigationAsync(page, () => page.Locator("header form[action*='logout' i] button").ClickAsync());
        await page.GotoAsync("/backoffice/login");
        await page.FillAsync("#Input_Email", Email);
        await page.FillAsync("#Input_Password", TestAccounts.DefaultPassword);
        await CheckAsync(await FollowAsync(page.Locator("main form button[type=submit]").First), "Підтвердження входу");
        await page.FillAsync("#Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await CheckAsync(await FollowAsync(page.Locator("main form button[type=submit]").First), "Моє волонтерство");
    }

    [Fact]
    public async Task Staff_with_a_Ukrainian_browser_keep_the_German_security_page_without_the_volunteer_tabs()
    {
        const string coordinator = "koordination.sicher@eppelheim.example";
        await TestAccounts.EnsureAsync(portal, coordinator, Roles.Coordinator, "eppelheim");
        var page = await portal.NewPageAsync(1024, 768, locale: "uk");
        await BrowserPages.SignInAsync(page, coordinator, TestAccounts.DefaultPassword);
        await page.GotoAsync("/backoffice/account/two-factor");
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Anmeldung mit Authenticator-App", (await page.Locator("main h1").TextContentAsync())!.Trim());
        Assert.Equal(0, await page.Locator("nav.tabs").CountAsync());
        Assert.Contains("Diensthandy", await page.Locator("main ol").TextContentAsync(), StringComparison.Ordinal);
    }

    /// <summary>The area's tabs, in Ukrainian, with the page shown marked as the current one.</summary>
    private static async Task AssertTabsAsync(IPage page, string current)
    {
        var tabs = page.Locator("nav.tabs[aria-label='Моє волонтерство'] a");
        Assert.Equal(["Мій профіль", "Запити", "Довідка про волонтерство", "Безпека"], (await tabs.AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal([current], await page.Locator("nav.tabs a[aria-current=page]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
    }
}
