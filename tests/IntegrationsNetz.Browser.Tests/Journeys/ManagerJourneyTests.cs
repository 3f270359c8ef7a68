using System.Text.RegularExpressions;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Testing;
using Microsoft.Playwright;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Browser.Tests.Journeys;

/// <summary>
/// An integration manager at a desk (1280 px): sets up the authenticator app, signs in with password and code, opens a
/// pseudonymous case, plans two goals, derives a need, reads the ranked suggestions, refers to one and asks volunteers
/// for help with an anonymised request. All through the pages' forms, the two-factor code and the referral with the
/// keyboard alone; every page passes <see cref="PageChecks"/> and every step confirms itself in [role=status].
/// </summary>
public sealed partial class ManagerJourneyTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private const string Email = "integration.journey@eppelheim.example";
    private const string CourseSlug = "elternkurs-deutsch-journey";

    [Fact]
    public async Task A_manager_with_two_factor_sign_in_opens_a_case_plans_goals_refers_to_a_suggestion_and_asks_volunteers()
    {
        await TestAccounts.CreateAsync(portal, Email, Roles.Manager, TestAccounts.DefaultPassword, "eppelheim");
        await PublishFittingCourseAsync(portal, CourseSlug);
        var page = await portal.NewPageAsync(1280, 800);
        async Task<IResponse> StepAsync(Func<Task> action)
        {
            var response = await PageChecks.NavigationAsync(page, action);
            await PageChecks.AssertSoundAsync(page, response);
            return response;
        }

        async Task<string> StatusAsync() => (await page.Locator("main [role=status]").TextContentAsync())!.Trim();

        // Sign in with the password, then set up the authenticator app from the key the security page shows.
        await PageChecks.AssertSoundAsync(page, await page.GotoAsync("/backoffice/login"));
        await page.FillAsync("#Input_Email", Email);
        await page.FillAsync("#Input_Password", TestAccounts.DefaultPassword);
        await StepAsync(() => page.Locator("main form button[type=submit]").First.ClickAsync());
        await StepAsync(() => page.Locator("header a[href='/backoffice/account/two-factor']").ClickAsync());
        var key = (await page.Locator("[data-testid=authenticator-key]").TextContentAsync())!;
        await page.FillAsync("#Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await StepAsync(() => page.Locator("main form.form button[type=submit]").ClickAsync());
        Assert.Equal("Die Anmeldung mit Authenticator-App ist eingeschaltet.", await StatusAsync());
        Assert.Equal(10, await page.Locator("[data-testid=recovery-codes] li").CountAsync());
        await StepAsync(() => page.Locator("header form[action*='logout' i] button").ClickAsync());

        // From now on the password alone is not enough: the code comes second, typed and sent with the keyboard.
        await page.FillAsync("#Input_Email", Email);
        await page.FillAsync("#Input_Password", TestAccounts.DefaultPassword);
        await StepAsync(() => page.Locator("main form button[type=submit]").First.ClickAsync());
        Assert.EndsWith("/backoffice/login/two-factor", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await PageChecks.TabToAsync(page, "#Code");
        await page.Keyboard.TypeAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await StepAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal("/backoffice", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Übersicht", (await page.Locator("h1").TextContentAsync())!.Trim());

        // A case under a code, never a name: the form asks only for the household in broad categories.
        await StepAsync(() => page.Locator("header a[href='/backoffice/cases']").ClickAsync());
        await page.SelectOptionAsync("#new-household", new SelectOptionValue { Label = "alleinerziehend" });
        await page.SelectOptionAsync("#new-size", new SelectOptionValue { Label = "3–4 Personen" });
        await StepAsync(() => page.Locator("form[action*='handler=Create'] button").ClickAsync());
        var code = CaseCode().Match((await page.Locator("h1").TextContentAsync())!).Value;
        Assert.Matches(CaseCode(), code);
        Assert.Equal($"Fall {code} angelegt.", await StatusAsync());

        // The consents the referral and the request need, recorded on the case.
        foreach (var (purpose, label) in new[] { ("ProviderReferral", "Vermittlung an einen genannten Träger"), ("VolunteerSharing", "Anonymisierte Bedarfe an Ehrenamtliche weitergeben") })
        {
            await StepAsync(() => page.Locator($"form:has(input[name='Consent.Purpose'][value='{purpose}']) button").ClickAsync());
            Assert.Equal($"Einwilligung „{label}“ erfasst.", await StatusAsync());
        }

        // Two goals of the integration plan.
        foreach (var (area, description) in new[] { ("Sprache", "Deutsch bis B1, damit die Ausbildung beginnen kann"), ("Arbeit", "Ein Praktikum im Handwerk finden") })
        {
            await page.SelectOptionAsync("#new-goal-area", new SelectOptionValue { Label = area });
            await page.FillAsync("#new-goal-description", description);
            await page.FillAsync("#new-goal-target", Iso(Today.AddDays(180)));
            await page.FillAsync("#new-goal-review", Iso(Today.AddDays(30)));
            await StepAsync(() => page.Locator("form[action*='handler=AddGoal'] button").ClickAsync());
            Assert.Equal($"Ziel im Handlungsfeld „{area}“ hinzugefügt.", await StatusAsync());
        }

        Assert.Equal(2, await page.Locator("article.goal").CountAsync());

        // The language goal becomes an anonymised need: fixed choices only, no free text.
        var goal = page.Locator("article.goal", new() { HasText = "Deutsch bis B1" });
        var needForm = goal.Locator("form[action*='handler=AddNeed']");
        await needForm.Locator("select[name='Need.GermanLevel']").SelectOptionAsync("A2");
        foreach (var value in new[] { "Monday:Morning", "Wednesday:Morning" })
        {
            await needForm.Locator($"input[name='Need.TimeWindows'][value='{value}']").CheckAsync();
        }

        await needForm.Locator("input[name='Need.ChildcareNeeded']").CheckAsync();
        await needForm.Locator("input[name='Need.Languages'][value='ar']").CheckAsync();
        await needForm.Locator("input[name='Need.MaxTravelKm']").FillAsync("15");
        await StepAsync(() => needForm.Locator("button[type=submit]").ClickAsync());
        Assert.Equal("Bedarf abgeleitet. Die Vorschläge stehen beim Bedarf.", await StatusAsync());

        // The ranked suggestions: the course that fits in every respect is among them, with its reasons.
        await StepAsync(() => page.Locator("article.goal", new() { HasText = "Deutsch bis B1" }).Locator("a[href^='/backoffice/cases/needs/']").ClickAsync());
        var offers = page.Locator("ol#offers > li");
        Assert.True(await offers.CountAsync() >= 1, "ranked offers for the need");
        var scores = new List<int>();
        foreach (var meta in await page.Locator("ol#offers > li > p.meta").AllTextContentsAsync())
        {
            scores.Add(int.Parse(Score().Match(meta).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var course = offers.Filter(new() { Has = page.Locator($"a[href='/de/angebote/{CourseSlug}']") });
        Assert.Equal(1, await course.CountAsync());
        Assert.True(await course.Locator("ul.labels li").CountAsync() >= 1, "reasons for the suggestion");

        // The referral with the keyboard: Tab to the course's button, Enter.
        await PageChecks.TabToAsync(page, $"form:has(input[name=offerId][value='{await course.Locator("input[name=offerId]").GetAttributeAsync("value")}']) button");
        await StepAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal($"An „Elternkurs Deutsch {CourseSlug}“ vermittelt.", await StatusAsync());
        Assert.Contains("vermittelt", await offers.Filter(new() { Has = page.Locator($"a[href='/de/angebote/{CourseSlug}']") }).InnerTextAsync(), StringComparison.Ordinal);

        // An anonymised request to volunteers from the need: a draft first, published after the personal-data check.
        await StepAsync(() => page.Locator("#requests a", new() { HasText = "Anfrage an passende Ehrenamtliche senden" }).ClickAsync());
        Assert.True(await page.Locator("input[name='Request.Languages'][value='ar']").IsCheckedAsync(), "the need's language is taken over");
        await page.FillAsync("#Request_Title", "Begleitung zum ersten Kurstag");
        await page.FillAsync("#Request_Description", "Begleitung zum Kursort und Hilfe bei der Anmeldung, Arabisch und Deutsch.");
        await page.CheckAsync("#rs-accompaniment");
        await page.FillAsync("#Request_On", Iso(Today.AddDays(12)));
        await page.FillAsync("#Request_From", "08:30");
        await page.FillAsync("#Request_Until", "10:00");
        await StepAsync(() => page.Locator("#request-form button[type=submit]").ClickAsync());
        Assert.Equal("Entwurf gespeichert. Prüfen und veröffentlichen Sie ihn, wenn er passt.", await StatusAsync());
        await StepAsync(() => page.Locator("#publish button[type=submit]").ClickAsync());
        Assert.Equal("Anfrage veröffentlicht; passende Ehrenamtliche werden benachrichtigt.", await StatusAsync());
        Assert.Equal(0, await page.Locator("#personal-data").CountAsync());
        Assert.Equal("Anfrage: Begleitung zum ersten Kurstag", (await page.Locator("h1").TextContentAsync())!.Trim());

        await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("journey-manager-1280"), FullPage = true });
    }

    [GeneratedRegex(@"EPP-\d{4}-\d{4}")]
    private static partial Regex CaseCode();

    [GeneratedRegex(@"(\d+)")]
    private static partial Regex Score();
}
