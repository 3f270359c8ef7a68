using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests.Journeys;

/// <summary>
/// A visitor on a cheap phone reading Arabic: from the municipality page to the language courses nearby, one filter,
/// an offer and its calendar file; with a pointer, with the keyboard alone, and with JavaScript switched off. Every
/// page on the way passes <see cref="PageChecks"/>. And the public pages in all eight variants at 320 pixels.
/// </summary>
public sealed class VisitorJourneyTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("pointer", true)]
    [InlineData("keyboard", true)]
    [InlineData("pointer", false)]
    public async Task An_arabic_reader_on_a_360_pixel_phone_finds_a_course_nearby_with_a_filter_and_takes_its_dates_home(string input, bool javaScript)
    {
        var page = await portal.NewPageAsync(360, 740, javaScript, locale: "ar");
        async Task<IResponse?> FollowAsync(string selector)
        {
            if (input == "keyboard")
            {
                await PageChecks.TabToAsync(page, selector);
                return await PageChecks.NavigationAsync(page, () => page.Keyboard.PressAsync("Enter"));
            }

            return await PageChecks.NavigationAsync(page, () => page.Locator(selector).First.ClickAsync());
        }

        var municipality = await page.GotoAsync("/ar/oftersheim/");
        await PageChecks.AssertSoundAsync(page, municipality, javaScript);
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));

        // "Language courses (n)" on the municipality page: the courses in and near Oftersheim.
        var search = await FollowAsync("main a[href*='kind=LanguageCourse']");
        await PageChecks.AssertSoundAsync(page, search, javaScript);
        Assert.Contains("/ar/suche", page.Url, StringComparison.Ordinal);
        var before = await page.Locator(".result-list > li").CountAsync();
        Assert.True(before > 1, "courses near Oftersheim");

        // One filter from the folded filter panel: in person ("vor Ort"), in Arabic.
        if (input == "keyboard")
        {
            await PageChecks.TabToAsync(page, "details.facets > summary");
            await page.Keyboard.PressAsync("Enter");
        }
        else
        {
            await page.Locator("details.facets > summary").ClickAsync();
        }

        var chips = await page.Locator(".chips a.chip").CountAsync();
        var filter = "details.facets ul[data-facet='format'] a:has(.count[data-value='InPerson'])";
        Assert.NotEqual("vor Ort", (await page.Locator(filter).InnerTextAsync()).Split('(')[0].Trim());
        var filtered = await FollowAsync(filter);
        await PageChecks.AssertSoundAsync(page, filtered, javaScript);
        Assert.Contains("format=InPerson", page.Url, StringComparison.Ordinal);
        Assert.Equal(chips + 1, await page.Locator(".chips a.chip").CountAsync());
        Assert.True(await page.Locator(".result-list > li").CountAsync() >= 1, "in-person courses near Oftersheim");

        // The integration course for women in Oftersheim: it has an Arabic text and a start date (so a calendar file).
        var offer = await FollowAsync(".result-list > li h3 a[href*='/integrationskurs-fuer-frauen-oftersheim']");
        await PageChecks.AssertSoundAsync(page, offer, javaScript);
        Assert.Contains("/ar/angebote/", page.Url, StringComparison.Ordinal);
        var facts = await page.Locator("main dl").First.InnerTextAsync();
        Assert.DoesNotContain("vor Ort", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("gefördert", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("Frauenintegrationskurs", facts, StringComparison.Ordinal);

        // Back to the search keeps the query and the filter.
        Assert.True(await page.Locator("a[href*='/ar/suche?'][href*='format=InPerson'][href*='kind=LanguageCourse']").CountAsync() >= 1, "a link back to the filtered search");

        // The calendar file speaks the reader's language and links to the Arabic page.
        var ics = await page.GetAttributeAsync("a[href*='calendar.ics']", "href");
        Assert.Contains("culture=ar", ics, StringComparison.Ordinal);
        var calendar = await page.APIRequest.GetAsync(ics!);
        Assert.Equal(200, calendar.Status);
        Assert.StartsWith("text/calendar", calendar.Headers["content-type"], StringComparison.Ordinal);
        var body = await calendar.TextAsync();
        Assert.Contains("/ar/angebote/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/de/angebote/", body, StringComparison.Ordinal);

        if (input == "pointer" && javaScript)
        {
            await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("journey-visitor-ar-360"), FullPage = true });
        }
    }

    [Theory]
    [MemberData(nameof(PublicVariants.All), MemberType = typeof(PublicVariants))]
    public async Task The_start_municipality_content_offer_and_registration_pages_pass_the_checks_at_320_pixels(string culture)
    {
        var page = await portal.NewPageAsync(320, 640, locale: culture);
        foreach (var path in new[] { $"/{culture}", $"/{culture}/oftersheim/", $"/{culture}/oftersheim/ankommen", $"/{culture}/angebote/integrationskurs-fuer-frauen-oftersheim", $"/{culture}/info/barrierefreiheit", $"/{culture}/mitmachen" })
        {
            await PageChecks.AssertSoundAsync(page, await page.GotoAsync(path));
            Assert.Equal(culture is "ar" or "fa" ? "rtl" : "ltr", await page.GetAttributeAsync("html", "dir"));
        }
    }
}
