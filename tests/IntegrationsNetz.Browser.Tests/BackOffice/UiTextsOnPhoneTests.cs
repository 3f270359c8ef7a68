using IntegrationsNetz.Browser.Tests.Journeys;
using IntegrationsNetz.Testing;
using static IntegrationsNetz.Browser.Tests.BrowserPages;

namespace IntegrationsNetz.Browser.Tests.BackOffice;

/// <summary>
/// The administrator's overview of missing UI translations on a 320 px phone: sound markup, no axe finding
/// of any impact, no wider than the screen, and each language's count leads to its list.
/// </summary>
public sealed class UiTextsOnPhoneTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_overview_of_missing_UI_translations_works_on_a_phone()
    {
        var page = await portal.NewPageAsync(320, 640);
        await SignInAsync(page, PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        await PageChecks.AssertSoundAsync(page, await page.GotoAsync("/backoffice/ui-texts"));
        await PageChecks.AssertAccessibleAsync(page, anyImpact: true);
        await AssertFitsAsync(page);

        await page.Locator("#ui-text-counts a[href='#missing-ar']").ClickAsync();
        Assert.EndsWith("#missing-ar", page.Url, StringComparison.Ordinal);
        Assert.Equal("العربية (ar)", (await page.Locator("#missing-ar h2").TextContentAsync())!.Trim());
    }
}
