using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests.Localization;

/// <summary>
/// The marks that point along the reading direction on a 360 px phone: breadcrumb separators, "back to the search",
/// "all offers" and the search's next and previous page point the other way in Arabic and Farsi than in German. They
/// come from the stylesheet, set left to right in an isolate so the bidi algorithm cannot mirror them by their
/// neighbours, and are silent for screen readers.
/// </summary>
public sealed class DirectionMarksTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string, string, string> Languages => new()
    {
        // culture, breadcrumb separator, "back" arrow, "forward" arrow
        { "de", "›", "←", "→" },
        { "ar", "‹", "→", "←" },
        { "fa", "‹", "→", "←" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Separators_and_arrows_point_the_way_the_page_reads(string culture, string separator, string back, string forward)
    {
        var page = await portal.NewPageAsync(360, 740, locale: culture);
        var rtl = culture != "de";

        // A content page: its breadcrumb has the portal, the municipality and the page.
        await page.GotoAsync($"/{culture}/oftersheim/ankommen");
        Assert.Equal(rtl ? "rtl" : "ltr", await page.GetAttributeAsync("html", "dir"));
        var crumbs = page.Locator("nav.breadcrumb li");
        Assert.True(await crumbs.CountAsync() >= 2, "a breadcrumb with at least two steps");
        foreach (var crumb in (await crumbs.AllAsync()).Skip(1))
        {
            await AssertMarkAsync(crumb, "::before", separator);

            // The mark and its gap stand at the step's start: on the right in Arabic and Farsi, nothing on the far side.
            var sides = await crumb.EvaluateAsync<double[]>("""
                li => { const r = document.createRange(); r.setStartBefore(li.firstChild); r.setEndAfter(li.lastChild);
                  const t = r.getBoundingClientRect(), b = li.getBoundingClientRect(); return [t.left - b.left, b.right - t.right]; }
                """);
            var (start, end) = rtl ? (sides[1], sides[0]) : (sides[0], sides[1]);
            Assert.True(start >= 12 && end < 1, $"the mark takes {start}px at the start and {end}px at the end of \"{await crumb.InnerTextAsync()}\"");
        }

        Assert.Equal(string.Empty, await crumbs.First.EvaluateAsync<string>("li => getComputedStyle(li, '::before').content.replace('none', '')"));
        // The steps follow the reading direction: in Arabic and Farsi the second stands left of the first.
        var first = (await crumbs.Nth(0).BoundingBoxAsync())!;
        var second = (await crumbs.Nth(1).BoundingBoxAsync())!;
        if (first.Y == second.Y)
        {
            Assert.True(rtl ? second.X < first.X : second.X > first.X, $"second step at {second.X}, first at {first.X}");
        }

        // The text of the breadcrumb is the steps' names, nothing in between (the separators are silent).
        var spoken = await page.Locator("nav.breadcrumb").EvaluateAsync<string>("n => n.innerText");
        Assert.DoesNotContain(separator, spoken, StringComparison.Ordinal);
        await BrowserPages.AssertFitsAsync(page);

        // The municipality page: "all offers nearby" points on.
        await page.GotoAsync($"/{culture}/oftersheim");
        await AssertMarkAsync(page.Locator("a.link-forward").First, "::after", forward);

        // The search: the next page points on, the previous one back; an offer leads back to the search.
        await page.GotoAsync($"/{culture}/suche");
        await AssertMarkAsync(page.Locator(".pagination a[rel=next]"), "::after", forward);
        await page.Locator(".pagination a[rel=next]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("page=2", StringComparison.Ordinal));
        await AssertMarkAsync(page.Locator(".pagination a[rel=prev]"), "::before", back);
        await BrowserPages.AssertFitsAsync(page);
        await page.Locator("ol.result-list a[href*='/angebote/']").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/angebote/", StringComparison.Ordinal));
        await AssertMarkAsync(page.Locator("a.link-back"), "::before", back);
        await BrowserPages.AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath($"{culture}-offer-marks-360") });
    }

    /// <summary>The generated mark is the character given, drawn left to right in an isolate, with no text for screen readers.</summary>
    private static async Task AssertMarkAsync(ILocator element, string pseudo, string mark)
    {
        var style = await element.EvaluateAsync<string[]>(
            "(e, p) => { const s = getComputedStyle(e, p); return [s.content, s.direction, s.unicodeBidi]; }", pseudo);
        Assert.Equal([$"\"{mark}\" / \"\"", "ltr", "isolate"], style);
    }
}
