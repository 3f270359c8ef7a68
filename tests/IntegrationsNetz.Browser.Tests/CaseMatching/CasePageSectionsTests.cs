using IntegrationsNetz.Browser.Tests.Journeys;
using IntegrationsNetz.Testing;
using Microsoft.Playwright;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Browser.Tests.CaseMatching;

/// <summary>
/// The case page in sections without JavaScript: on a 320 px phone the section links jump to their section and each
/// section leads back to them, every goal's need form is open, and a refused need comes back at its own form with the
/// message on the screen; at a desk the links stay at the top without hiding a heading. Axe at 320 and 1280 px.
/// </summary>
public sealed class CasePageSectionsTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private const string Email = "im.abschnitte@eppelheim.example";

    private static readonly (string Id, string Heading)[] Sections =
        [("consents", "Einwilligungen"), ("edit", "Fall bearbeiten"), ("plan", "Integrationsplan"), ("add-goal", "Neues Ziel"), ("overview", "Überblick")];

    [Fact]
    public async Task The_section_links_lead_to_their_sections_and_a_refused_need_returns_to_its_form_without_JavaScript()
    {
        var api = await ManagerAsync(portal, Email, "eppelheim");
        var caseId = (await CreateCaseAsync(api)).GetProperty("id").GetString()!;
        await AddGoalAsync(api, caseId, "Sprache", "Deutsch bis B1");
        await AddGoalAsync(api, caseId, "Arbeit", "Ein Praktikum im Handwerk");
        var path = $"/backoffice/cases/{caseId}";

        var page = await portal.NewPageAsync(320, 640, javaScript: false);
        await BrowserPages.SignInAsync(page, Email, TestAccounts.DefaultPassword);
        var response = await page.GotoAsync(path);
        await PageChecks.AssertSoundAsync(page, response, scripts: false);
        var nav = page.Locator("nav.section-nav");
        Assert.Equal("Abschnitte des Falls", await nav.GetAttributeAsync("aria-label"));
        Assert.Equal(["Überblick", "Integrationsplan 2 Ziele", "Neues Ziel", "Einwilligungen", "Fall bearbeiten"],
            (await nav.Locator("a").AllTextContentsAsync()).Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));

        // Each link jumps to its section (the browser alone does it). On a phone the links do not follow the
        // scrolling (they would cover half of what the keyboard leaves); each section ends with a link back to them.
        foreach (var (section, heading) in Sections)
        {
            await nav.Locator($"a[href='#{section}']").ClickAsync();
            Assert.EndsWith($"#{section}", page.Url, StringComparison.Ordinal);
            var title = page.Locator($"section#{section} > h2");
            Assert.Equal(heading, (await title.TextContentAsync())!.Trim());
            Assert.InRange((await title.BoundingBoxAsync())!.Y, -1, 320);
            await page.Locator($"section#{section} > p.to-sections a").ClickAsync();
            Assert.EndsWith("#sections", page.Url, StringComparison.Ordinal);
            Assert.InRange((await nav.BoundingBoxAsync())!.Y, -1, 1);
        }

        // The plan lists its goals with links, and each goal's need form is open, not folded away.
        await nav.Locator("a[href='#plan']").ClickAsync();
        Assert.Equal(["Sprache", "Arbeit"], await page.Locator("ol.goal-index a").AllTextContentsAsync());
        Assert.Contains("offen, 0 Bedarfe", await page.Locator("ol.goal-index li").First.TextContentAsync());
        var needForms = page.Locator("article.goal form[action*='handler=AddNeed']");
        Assert.Equal(2, await needForms.CountAsync());
        foreach (var form in await needForms.AllAsync())
        {
            Assert.True(await form.IsVisibleAsync(), "a need form is open");
            Assert.Equal(0, await form.Locator("xpath=ancestor::details").CountAsync());
        }

        // A distance out of range: the page comes back at the second goal's need form, with the message there.
        await page.Locator("ol.goal-index a", new() { HasText = "Arbeit" }).ClickAsync();
        var work = page.Locator("article.goal", new() { HasText = "Ein Praktikum im Handwerk" });
        Assert.InRange((await work.Locator("h3").BoundingBoxAsync())!.Y, -1, 60);
        await work.Locator("input[name='Need.MaxTravelKm']").FillAsync("250");
        response = await PageChecks.NavigationAsync(page, () => work.Locator("form[action*='handler=AddNeed'] button[type=submit]").ClickAsync());
        await PageChecks.AssertSoundAsync(page, response, scripts: false);
        Assert.Matches("#need-[0-9a-f]{32}$", page.Url);
        var alert = page.Locator("article.goal", new() { HasText = "Ein Praktikum im Handwerk" }).Locator("form[action*='handler=AddNeed'] [role=alert]");
        Assert.Contains("Die Entfernung muss zwischen 0 und 100 km liegen.", await alert.TextContentAsync());
        Assert.InRange((await alert.BoundingBoxAsync())!.Y, -1, 600);
        Assert.Equal(1, await page.Locator("main [role=alert]").CountAsync());
        Assert.Equal("250", await page.Locator("article.goal", new() { HasText = "Ein Praktikum im Handwerk" }).Locator("input[name='Need.MaxTravelKm']").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("backoffice-case-sections-320") });

        // At a desk the links stay at the top while the page scrolls, and no heading they lead to is hidden under them.
        var desk = await portal.NewPageAsync(1280, 800, javaScript: false);
        await BrowserPages.SignInAsync(desk, Email, TestAccounts.DefaultPassword);
        await desk.GotoAsync(path);
        Assert.False(await desk.Locator("p.to-sections").First.IsVisibleAsync(), "no way back needed where the links stay");
        foreach (var (section, _) in Sections)
        {
            await desk.Locator($"nav.section-nav a[href='#{section}']").ClickAsync();
            await AssertBelowTheLinksAsync(desk, desk.Locator($"section#{section} > h2"));
        }

        Assert.True(await desk.EvaluateAsync<double>("window.scrollY") > 0, "the jumps scrolled the page");

        // With scripts on (axe needs them): no serious finding on the page at either width.
        foreach (var width in new[] { 320, 1280 })
        {
            var checkedPage = await portal.NewPageAsync(width, 800);
            await BrowserPages.SignInAsync(checkedPage, Email, TestAccounts.DefaultPassword);
            await PageChecks.AssertSoundAsync(checkedPage, await checkedPage.GotoAsync($"{path}#consents"));
        }
    }

    /// <summary>The element is on the screen and not under the section links, which themselves sit at the top.</summary>
    private static async Task AssertBelowTheLinksAsync(IPage page, ILocator element)
    {
        var links = (await page.Locator("nav.section-nav").BoundingBoxAsync())!;
        var box = (await element.BoundingBoxAsync())!;
        Assert.InRange(links.Y, -1, 1);
        Assert.True(box.Y >= links.Y + links.Height - 1 && box.Y < page.ViewportSize!.Height, $"the element is at {box.Y}, the links end at {links.Y + links.Height}");
    }
}
