using IntegrationsNetz.Browser.Tests.Journeys;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Browser.Tests.Search;

/// <summary>The search with a place and a distance on a phone, and the back office's synonym page: axe finds nothing.</summary>
public sealed class PlaceAndSynonymsAccessibilityTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task A_search_near_a_postcode_at_320_pixels_has_no_axe_findings_and_shows_the_distance(string culture)
    {
        var page = await portal.NewPageAsync(320, 640, locale: culture);
        var response = await page.GotoAsync($"/{culture}/suche?kind=LanguageCourse&near=69214&radiusKm=10");
        Assert.Equal(200, response!.Status);

        await page.Locator("details.facets > summary").ClickAsync();
        await PageChecks.AssertAccessibleAsync(page, anyImpact: true);
        Assert.Equal("Eppelheim", await page.Locator("input#near").InputValueAsync());
        // Each result says how far it is (kind and municipality carry no digits; the distance does).
        var metas = await page.Locator(".result-list .meta").AllInnerTextsAsync();
        Assert.NotEmpty(metas);
        Assert.All(metas, m => Assert.Matches(@"\d", m));
    }

    [Fact]
    public async Task The_synonym_page_of_the_back_office_has_no_axe_findings()
    {
        var page = await portal.NewPageAsync(320, 640);
        await page.GotoAsync("/backoffice/login");
        await page.FillAsync("[name='Input.Email']", PortalFactory.AdminEmail);
        await page.FillAsync("[name='Input.Password']", PortalFactory.AdminPassword);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        var response = await page.GotoAsync("/backoffice/search/synonyms");
        Assert.Equal(200, response!.Status);
        Assert.Contains("Kita", await page.Locator("textarea#Text").InputValueAsync(), StringComparison.Ordinal);
        await PageChecks.AssertAccessibleAsync(page, anyImpact: true);
    }
}
