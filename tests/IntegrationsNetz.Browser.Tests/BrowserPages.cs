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
        if (overflow > 0)
        {
            // Name the innermost elements that reach past the screen, so the failure says what to fix.
            var culprits = await page.EvaluateAsync<string[]>("""
                () => { const w = document.documentElement.clientWidth;
                  const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.visually-hidden'));
                  return wide.filter(e => !wide.some(c => c !== e && e.contains(c))).slice(0, 3)
                    .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''} "${e.textContent.trim().slice(0, 40)}"`); }
                """);
            Assert.Fail($"{page.Url} is {overflow}px wider than the screen: {string.Join(", ", culprits)}");
        }
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
