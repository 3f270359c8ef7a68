using Deque.AxeCore.Playwright;

namespace IntegrationsNetz.Browser.Tests.Search;

/// <summary>The search page on a 320-pixel phone in every public variant: axe finds nothing, results come first.</summary>
public sealed class SearchPageAccessibilityTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("uk")]
    [InlineData("tr")]
    [InlineData("ru")]
    [InlineData("ls")]
    public async Task The_search_page_at_320_pixels_has_no_axe_findings_with_the_filters_closed_and_open(string culture)
    {
        var page = await portal.NewPageAsync(320, 640, locale: culture);
        var response = await page.GotoAsync($"/{culture}/suche?q=Deutschkurs&kind=LanguageCourse");
        Assert.Equal(200, response!.Status);

        var closed = await page.RunAxe();
        Assert.True(closed.Violations.Length == 0, Describe(closed));

        // The first result starts on the first screen: the filters are one line until opened.
        var first = (await page.Locator(".result-list li").First.BoundingBoxAsync())!;
        Assert.True(first.Y < 640, $"the first result starts at {first.Y}px");

        await page.Locator("details.facets > summary").ClickAsync();
        Assert.True(await page.Locator("details.facets").EvaluateAsync<bool>("d => d.open"));
        var open = await page.RunAxe();
        Assert.True(open.Violations.Length == 0, Describe(open));
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath($"{culture}-suche-320"), FullPage = true });
    }

    private static string Describe(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
}
