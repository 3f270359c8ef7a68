namespace IntegrationsNetz.Browser.Tests.Search;

/// <summary>An integration manager looking for a course, in a real browser, with and without JavaScript.</summary>
public sealed class DirectorySearchTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Deutschkurs_mit_Kinderbetreuung_narrowed_to_Eppelheim_by_a_facet_link(bool javaScript)
    {
        var page = await portal.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync("/de");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Angebote suchen" }).ClickAsync();

        await page.GetByLabel("Suchbegriff").FillAsync("Deutschkurs mit Kinderbetreuung");
        await page.GetByLabel("Suchbegriff").PressAsync("Enter");
        await page.WaitForURLAsync("**/de/suche?q=*");
        // On a phone the results come first and the filters wait behind one "Filter" control.
        await page.Locator("details.facets summary").ClickAsync();
        var eppelheim = page.Locator("ul[data-facet='municipality'] a", new() { Has = page.Locator(".count[data-value='eppelheim']") });
        var count = await eppelheim.Locator(".count").TextContentAsync();
        await eppelheim.ClickAsync();
        await page.WaitForURLAsync("**municipality=eppelheim*");

        Assert.Equal($"{count!.Trim('(', ')')} Treffer", await page.Locator("#results-heading").TextContentAsync());
        var first = page.Locator(".result-list a").First;
        Assert.Equal("Deutschkurs mit Kinderbetreuung", await first.TextContentAsync());
        Assert.Contains("Kinderbetreuung", await page.Locator(".result-list li").First.Locator(".snippet mark").AllTextContentsAsync());

        await first.ClickAsync();
        // The link carries the search (suche=...) so "Zur Suche" can go back to it.
        await page.WaitForURLAsync("**/de/angebote/deutschkurs-mit-kinderbetreuung-eppelheim**");
        Assert.Equal("Deutschkurs mit Kinderbetreuung", await page.Locator("article h1").TextContentAsync());
        if (javaScript)
        {
            await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("de-angebot-deutschkurs-kinderbetreuung"), FullPage = true });
        }
    }

    [Fact]
    public async Task A_typo_offers_Meinten_Sie_and_the_suggestion_finds_results()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/de/suche?q=Hausaufgabenhilfx+Kinderbetreuxng+Zauberei");

        // No offer has all three words: the page says so, shows what matches a part, and still offers the spelling.
        Assert.Equal("Keine Treffer für alle Wörter. Angebote, die zu einem Teil passen:", (await page.Locator(".partial-note").TextContentAsync())?.Trim());
        var suggestion = page.Locator(".did-you-mean a");
        Assert.True(await suggestion.IsVisibleAsync());
    }
}
