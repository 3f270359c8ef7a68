using IntegrationsNetz.Browser.Tests.Journeys;

namespace IntegrationsNetz.Browser.Tests.Search;

/// <summary>The search page on a 320-pixel phone in every public variant: axe finds nothing, results come first.</summary>
public sealed class SearchPageAccessibilityTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(PublicVariants.All), MemberType = typeof(PublicVariants))]
    public async Task The_search_page_at_320_pixels_has_no_axe_findings_with_the_filters_closed_and_open(string culture)
    {
        var page = await portal.NewPageAsync(320, 640, locale: culture);
        var response = await page.GotoAsync($"/{culture}/suche?q=Deutschkurs&kind=LanguageCourse");
        Assert.Equal(200, response!.Status);

        await PageChecks.AssertAccessibleAsync(page, anyImpact: true);

        // The first result starts on the first screen: the filters are one line until opened.
        var first = (await page.Locator(".result-list li").First.BoundingBoxAsync())!;
        Assert.True(first.Y < 640, $"the first result starts at {first.Y}px");

        await page.Locator("details.facets > summary").ClickAsync();
        Assert.True(await page.Locator("details.facets").EvaluateAsync<bool>("d => d.open"));
        await PageChecks.AssertAccessibleAsync(page, anyImpact: true);
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath($"{culture}-suche-320"), FullPage = true });
    }
}
