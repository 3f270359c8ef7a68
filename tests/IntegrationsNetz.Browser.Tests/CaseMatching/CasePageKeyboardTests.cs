using System.Globalization;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Testing;
using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests.CaseMatching;

/// <summary>An integration manager on a phone without a mouse: every step by Tab, typing and Enter, at 320 px.</summary>
public sealed class CasePageKeyboardTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private const string Email = "integration1@eppelheim.example";
    private const string Password = TestAccounts.DefaultPassword;

    [Fact]
    public async Task A_manager_opens_a_case_and_plans_a_goal_with_the_keyboard_alone_on_a_320_pixel_screen()
    {
        await CreateManagerAsync();
        var page = await portal.NewPageAsync(320, 640);
        await page.GotoAsync("/backoffice/login");
        await TabToAsync(page, "#Input_Email");
        await page.Keyboard.TypeAsync(Email);
        await TabToAsync(page, "#Input_Password");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/backoffice");

        await page.GotoAsync("/backoffice/cases");
        await TabToAsync(page, "#new-household");
        await page.Keyboard.TypeAsync("Familie");
        await TabToAsync(page, "#new-size");
        await page.Keyboard.TypeAsync("3");
        await TabToAsync(page, "form[action*='handler=Create'] button");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/backoffice/cases/", StringComparison.Ordinal) && url.Count(c => c == '-') == 4);
        Assert.StartsWith("Fall EPP-", await page.Locator("h1").TextContentAsync());
        await BrowserPages.AssertFitsAsync(page);

        await TabToAsync(page, "#new-goal-area");
        await page.Keyboard.TypeAsync("Sprache");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Deutsch bis B1");
        await TabToAsync(page, "#new-goal-review");
        await page.Keyboard.TypeAsync(SameDayAndMonthAfter(DateTime.Today).ToString("ddMMyyyy", CultureInfo.InvariantCulture));
        await TabToAsync(page, "form[action*='handler=AddGoal'] button");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("main [role=status]").WaitForAsync();
        Assert.Contains("hinzugefügt", await page.Locator("main [role=status]").TextContentAsync());
        Assert.Equal(1, await page.Locator("article.goal").CountAsync());

        // The need form of a goal is open, never folded: the next Tab stops are its fields.
        Assert.Equal(0, await page.Locator("article.goal details:has(form[action*='handler=AddNeed'])").CountAsync());
        await TabToAsync(page, "article.goal input[value='Monday:Morning']");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "form[action*='handler=AddNeed'] button");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("main [role=status]").WaitForAsync();
        Assert.Contains("Montag Vormittag", await page.Locator("article.goal").TextContentAsync());
        await BrowserPages.AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("backoffice-case-320"), FullPage = true });
    }

    /// <summary>
    /// A date typed into a date input goes day-first or month-first with the browser's own language, whatever the
    /// page's; a date whose day and month are the same number reads the same either way.
    /// </summary>
    private static DateTime SameDayAndMonthAfter(DateTime day)
    {
        var next = day.AddDays(1);
        while (next.Day != next.Month)
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>Presses Tab until the element is focused; every stop on the way must be on the screen.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 250; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<System.Text.Json.JsonElement>(
                "s => { const e = document.activeElement; const r = e.getBoundingClientRect(); return { matches: e.matches(s), left: r.left, right: r.right, width: window.innerWidth }; }",
                selector);
            var (left, right, width) = (focus.GetProperty("left").GetDouble(), focus.GetProperty("right").GetDouble(), focus.GetProperty("width").GetDouble());
            Assert.True(left >= -1 && right <= width + 1, $"focus left the screen ({left}–{right} of {width}) on the way to {selector}");
            if (focus.GetProperty("matches").GetBoolean())
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} on {page.Url}");
    }

    private async Task CreateManagerAsync() => await TestAccounts.CreateAsync(portal, Email, Roles.Manager, Password, "eppelheim");
}
