using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests.Localization;

public sealed class RightToLeftTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_Arabic_page_of_a_municipality_is_laid_out_right_to_left()
    {
        var page = await portal.NewPageAsync();
        var response = await page.GotoAsync("/ar/oftersheim/ankommen");
        Assert.Equal(200, response!.Status);

        Assert.Equal("rtl", await page.EvaluateAsync<string>("document.documentElement.dir"));
        Assert.Equal("ar", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("rtl", await page.Locator("article").EvaluateAsync<string>("e => getComputedStyle(e).direction"));

        // Right to left means the heading starts at the right edge of the content column, not at the left.
        var heading = (await page.Locator("article h1").BoundingBoxAsync())!;
        var main = (await page.Locator("main").BoundingBoxAsync())!;
        var headingRight = heading.X + heading.Width;
        var textRight = await page.Locator("article h1").EvaluateAsync<double>(
            "h => { const r = document.createRange(); r.selectNodeContents(h); const b = r.getBoundingClientRect(); return b.right; }");
        var textLeft = await page.Locator("article h1").EvaluateAsync<double>(
            "h => { const r = document.createRange(); r.selectNodeContents(h); const b = r.getBoundingClientRect(); return b.left; }");
        Assert.True(headingRight <= main.X + main.Width + 1);
        Assert.True(textRight - heading.X > heading.X + heading.Width - textLeft - 1, "the heading text hugs the right edge");
        Assert.True(Math.Abs(headingRight - textRight) < 2, $"heading text ends at the right edge ({textRight} vs {headingRight})");

        // The language menu offers German, and German reads left to right.
        var german = page.Locator("nav.languages a[hreflang=de]");
        Assert.Equal("ltr", await german.GetAttributeAsync("dir"));
        await german.ClickAsync();
        await page.WaitForURLAsync("**/de/oftersheim/ankommen");
        Assert.Equal("ltr", await page.EvaluateAsync<string>("document.documentElement.dir"));

        await page.GotoAsync("/ar/oftersheim/ankommen");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("ar-oftersheim-ankommen"), FullPage = true });
    }

    [Fact]
    public async Task On_a_320_pixel_phone_the_Arabic_page_needs_no_sideways_scrolling()
    {
        var page = await portal.NewPageAsync(320, 640, locale: "ar");
        await page.GotoAsync("/ar/oftersheim/ankommen");

        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("ar-oftersheim-ankommen-320"), FullPage = true });
    }

    [Fact]
    public async Task The_first_key_press_offers_the_skip_link_and_it_moves_focus_to_the_content()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/ar/oftersheim/ankommen");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("content", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Pages_work_without_JavaScript()
    {
        var noScript = await portal.NewPageAsync(javaScript: false);

        await noScript.GotoAsync("/");
        Assert.Equal("de", await noScript.Locator("html").GetAttributeAsync("lang"));
        await noScript.Locator("a[href$='/weinheim']").First.ClickAsync();
        await noScript.Locator("a[href$='/weinheim/deutsch-lernen']").ClickAsync();

        Assert.EndsWith("/weinheim/deutsch-lernen", noScript.Url);
        Assert.Equal("Deutsch lernen", await noScript.Locator("article h1").TextContentAsync());
    }
}
