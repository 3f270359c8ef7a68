using Deque.AxeCore.Playwright;

namespace IntegrationsNetz.Browser.Tests.Volunteers;

/// <summary>
/// The volunteer registration on a 320 px phone in Ukrainian and in Arabic (right to left): the week of
/// availability and the language rows fit the screen, axe finds nothing serious, and after a wrong post without
/// JavaScript the focus is on the list of what to fix.
/// </summary>
public sealed class RegistrationOnPhoneTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("uk", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task The_registration_fits_a_320_px_phone_and_axe_finds_nothing_serious(string culture, string direction)
    {
        var page = await portal.NewPageAsync(320, 640, locale: culture);
        await page.GotoAsync($"/{culture}/mitmachen");
        Assert.Equal(direction, await page.GetAttributeAsync("html", "dir"));
        Assert.Equal(7, await page.Locator("fieldset.availability-day").CountAsync());
        await BrowserPages.AssertFitsAsync(page);

        await AssertNothingSeriousAsync(page);
    }

    [Fact]
    public async Task A_wrong_post_without_JavaScript_puts_the_focus_on_the_error_list_with_links_to_the_fields()
    {
        var page = await portal.NewPageAsync(320, 640, javaScript: false, locale: "uk");
        await page.GotoAsync("/uk/mitmachen");
        await page.FillAsync("#Input_DisplayName", "Olena");
        await page.FillAsync("#Input_Email", "keine-adresse");
        await page.Locator("main form button[type=submit]:not(.visually-hidden)").Last.ClickAsync();

        Assert.True(await page.Locator(".errors").EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.Equal("true", await page.GetAttributeAsync("#Input_Email", "aria-invalid"));
        await page.Locator(".errors a[href='#Input_Email']").ClickAsync();
        Assert.EndsWith("#Input_Email", page.Url, StringComparison.Ordinal);
        await BrowserPages.AssertFitsAsync(page);

        var checkedPage = await portal.NewPageAsync(320, 640, locale: "uk");
        await checkedPage.GotoAsync("/uk/mitmachen");
        await checkedPage.FillAsync("#Input_Email", "keine-adresse");
        await checkedPage.Locator("main form button[type=submit]:not(.visually-hidden)").Last.ClickAsync();
        await AssertNothingSeriousAsync(checkedPage);
    }

    private static async Task AssertNothingSeriousAsync(Microsoft.Playwright.IPage page)
    {
        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, page.Url + ": " + string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
