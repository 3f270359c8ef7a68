using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests;

/// <summary>Steps and checks the browser tests share: signing in through the login form, and the 320 px rule.</summary>
public static class BrowserPages
{
    /// <summary>Signs in as a person does, through the form (works with JavaScript off), and waits until the login is left.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/backoffice/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>Nothing on the page makes it wider than the screen, so nobody scrolls sideways.</summary>
    public static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen");
    }

    /// <summary>The element lies within the screen's width: reachable without sideways scrolling.</summary>
    public static async Task AssertOnScreenAsync(IPage page, ILocator element)
    {
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        var width = page.ViewportSize!.Width;
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the element spans {box.X}–{box.X + box.Width} of {width}px");
    }
}
