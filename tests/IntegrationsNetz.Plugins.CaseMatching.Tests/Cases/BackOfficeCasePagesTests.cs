using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Cases;

/// <summary>The back-office case pages as a manager uses them without JavaScript, on the real host with the demo directory.</summary>
public sealed partial class BackOfficeCasePagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = CaseDay.Today(TimeProvider.System);

    [Fact]
    public async Task A_manager_works_a_case_from_creation_to_a_completed_referral_and_the_log_shows_the_reads()
    {
        var session = await ManagerAsync("integration1@eppelheim.example", "eppelheim");
        var page = await CreateCaseAsync(session);
        var casePath = page.Path;
        Assert.Matches(@"^Fall EPP-\d{4}-\d{4}$", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("angelegt", StatusOf(page));

        page = await session.SubmitAsync(page, "main form#consent-ProviderReferral");
        Assert.Contains("erfasst", StatusOf(page));
        Assert.Contains($"erteilt am {Today:dd.MM.yyyy}", page.Document.QuerySelector("#consents")!.TextContent);

        page = await AddGoalAsync(session, page, "Sprache", "Deutsch bis B1 für die Ausbildung");
        page = await AddGoalAsync(session, page, "Arbeit", "Teilzeitstelle im Einzelhandel");
        page = await AddGoalAsync(session, page, "Kinderbetreuung", "Kita-Platz für das jüngste Kind");
        Assert.Equal(3, page.Document.QuerySelectorAll("article.goal").Length);
        Assert.Contains("Gespräch am", GoalArticle(page, "Sprache").QuerySelector("details table")!.TextContent);

        var needForm = GoalArticle(page, "Sprache").QuerySelector("form[action*='handler=AddNeed']")!;
        page = await session.SubmitAsync(page, $"#{needForm.Id}", new Dictionary<string, string>
        {
            ["Need.GermanLevel"] = "A1",
            ["Need.TimeWindows"] = "Monday:Morning",
            ["Need.ChildcareNeeded"] = "true",
        });
        Assert.Contains("Bedarf abgeleitet", StatusOf(page));
        var suggestionsLink = GoalArticle(page, "Sprache").QuerySelector("a[href^='/backoffice/cases/needs/']")!;
        Assert.Contains("Deutsch A1 · Montag Vormittag · mit Kinderbetreuung", GoalArticle(page, "Sprache").TextContent);

        var suggestions = await session.GetAsync(suggestionsLink.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, suggestions.Status);
        var offers = suggestions.Document.QuerySelectorAll("ol#offers > li");
        Assert.NotEmpty(offers);
        var scores = offers.Select(o => int.Parse(ScorePattern().Match(o.QuerySelector(".meta")!.TextContent).Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(offers, o => Assert.NotEmpty(o.QuerySelectorAll("ul li")));
        var firstTitle = offers[0].QuerySelector("h3")!.TextContent.Trim();

        // The best ten first, the rest behind "weitere"; filters by kind and distance narrow both lists.
        Assert.InRange(offers.Length, 1, 10);
        var more = suggestions.Document.QuerySelectorAll("#more-offers > li");
        if (more.Length > 0)
        {
            Assert.Equal(10, offers.Length);
            Assert.Equal($"weitere {more.Length} Angebote", suggestions.Document.QuerySelector("details.more-suggestions summary")!.TextContent.Trim());
        }

        var kindLabel = offers[0].QuerySelector(".meta")!.TextContent.Split('·')[0].Trim();
        var kind = suggestions.Document.QuerySelectorAll("#suggestion-kind option").Single(o => o.TextContent == kindLabel).GetAttribute("value");
        var ofKind = await session.GetAsync($"{suggestionsLink.GetAttribute("href")}?kind={kind}");
        Assert.All(ofKind.Document.QuerySelectorAll("#offers > li, #more-offers > li"), o => Assert.StartsWith(kindLabel, o.QuerySelector(".meta")!.TextContent.Trim(), StringComparison.Ordinal));
        var near = await session.GetAsync($"{suggestionsLink.GetAttribute("href")}?maxKm=5");
        var distances = near.Document.QuerySelectorAll("#offers > li .meta, #more-offers > li .meta")
            .Select(m => System.Text.RegularExpressions.Regex.Match(m.TextContent, @"(\d+(?:,\d+)?) km"))
            .Where(m => m.Success).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.GetCultureInfo("de"))).ToList();
        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.True(d <= 5, $"{d} km"));
        Assert.True(near.Document.QuerySelectorAll("#offers > li, #more-offers > li").Length + more.Length + offers.Length > 0);

        var referred = await session.SubmitAsync(suggestions, "ol#offers > li:first-child form");
        Assert.Contains($"An „{firstTitle}“ vermittelt.", StatusOf(referred));
        Assert.Contains("vorgeschlagen", referred.Document.QuerySelector("#referrals .referral-status")!.TextContent);
        Assert.Contains("bereits vermittelt", referred.Document.QuerySelector("ol#offers > li:first-child")!.TextContent);

        // Straight from "vorgeschlagen" to "abgeschlossen" is refused with the steps that are possible.
        Assert.DoesNotContain("Completed", referred.Document.QuerySelectorAll("#referrals select[name='Referral.Status'] option").Select(o => o.GetAttribute("value")));
        var jumped = await session.SubmitAsync(referred, "#referrals form", new Dictionary<string, string> { ["Referral.Status"] = "Completed" });
        Assert.Contains("„abgeschlossen“ geht erst, wenn das Angebot begonnen hat. Von „vorgeschlagen“ aus ist möglich: „Kontakt aufgenommen“, „angenommen“, „abgelehnt“, „abgebrochen“.",
            jumped.Document.QuerySelector("#referrals form")!.TextContent);
        Assert.Equal("vorgeschlagen", jumped.Document.QuerySelector("#referrals .referral-status")!.TextContent);

        var completed = referred;
        foreach (var step in new[] { "Accepted", "Started", "Completed" })
        {
            completed = await session.SubmitAsync(completed, "#referrals form[action*='handler=Status']", new Dictionary<string, string> { ["Referral.Status"] = step });
        }

        Assert.Equal("abgeschlossen", completed.Document.QuerySelector("#referrals .referral-status")!.TextContent);
        Assert.Null(completed.Document.QuerySelector("#referrals form[action*='handler=Status']"));

        // The goal is not changed by itself: the page asks, and the manager answers with the button.
        Assert.Contains("Ziel als erreicht markieren", completed.Document.QuerySelector("form.goal-achieved")!.TextContent);
        var before = await session.GetAsync(casePath);
        Assert.Equal("offen", GoalArticle(before, "Sprache").QuerySelector("h3 .badge")!.TextContent);
        Assert.NotNull(GoalArticle(before, "Sprache").QuerySelector("form.goal-achieved"));
        Assert.Null(GoalArticle(before, "Arbeit").QuerySelector("form.goal-achieved"));
        var achieved = await session.SubmitAsync(completed, "form.goal-achieved");
        Assert.Equal(casePath, achieved.Path);
        Assert.Contains("Das Ziel ist als erreicht markiert.", StatusOf(achieved));
        Assert.Equal("erreicht", GoalArticle(achieved, "Sprache").QuerySelector("h3 .badge")!.TextContent);
        Assert.Contains($"Vermittlung an „{firstTitle}“ abgeschlossen", GoalArticle(achieved, "Sprache").QuerySelector("dl.facts")!.TextContent);
        Assert.Null(GoalArticle(achieved, "Sprache").QuerySelector("form.goal-achieved"));

        // "abgeschlossen" was wrong: the manager corrects it with a reason, and the history keeps both.
        var needPage = await session.GetAsync(suggestionsLink.GetAttribute("href")!);
        var unexplained = await session.SubmitAsync(needPage, "#referrals form[action*='handler=Correct']", new Dictionary<string, string> { ["Correction.Status"] = "Cancelled" });
        Assert.Contains("Grund der Korrektur ist erforderlich.", unexplained.Document.QuerySelector("#referrals form[action*='handler=Correct']")!.TextContent);
        Assert.Equal("abgeschlossen", unexplained.Document.QuerySelector("#referrals .referral-status")!.TextContent);
        var corrected = await session.SubmitAsync(unexplained, "#referrals form[action*='handler=Correct']", new Dictionary<string, string>
        {
            ["Correction.Status"] = "Cancelled",
            ["Correction.Reason"] = "nach zwei Wochen abgebrochen",
        });
        Assert.Contains($"Vermittlung an „{firstTitle}“ korrigiert: abgebrochen.", StatusOf(corrected));
        Assert.Equal("abgebrochen", corrected.Document.QuerySelector("#referrals .referral-status")!.TextContent);
        Assert.Contains("Korrektur von „abgeschlossen“: nach zwei Wochen abgebrochen", corrected.Document.QuerySelector("#referrals details ol")!.TextContent);

        var log = await session.GetAsync($"{casePath}/access-log");
        Assert.Equal(HttpStatusCode.OK, log.Status);
        var rows = log.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("integration1@eppelheim.example", StringComparison.Ordinal) && r.Contains("Fall", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Vorschläge zu einem Bedarf", StringComparison.Ordinal));
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$", log.Document.QuerySelector("tbody th")!.TextContent);
        Assert.NotNull((await session.GetAsync(casePath)).Document.QuerySelector($"a[href='{casePath}/access-log']"));

        var stranger = await ManagerAsync("integration1@weinheim.example", "weinheim");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(casePath)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{casePath}/access-log")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(suggestionsLink.GetAttribute("href")!)).Status);
        Assert.Empty((await stranger.GetAsync("/backoffice/cases")).Document.QuerySelectorAll($"a[href='{casePath}']"));
    }

    [Fact]
    public async Task A_review_date_before_the_conversation_shows_the_German_message_and_saves_nothing()
    {
        var session = await ManagerAsync("integration2@eppelheim.example", "eppelheim");
        var page = await CreateCaseAsync(session);
        var caseId = Guid.Parse(page.Path.Split('/').Last());

        var refused = await session.SubmitAsync(page, "main form[action*='handler=AddGoal']", new Dictionary<string, string>
        {
            ["NewGoal.Area"] = "Wohnen",
            ["NewGoal.Description"] = "Eigene Wohnung finden",
            ["NewGoal.ConversationOn"] = Input(Today),
            ["NewGoal.ReviewDate"] = Input(Today.AddDays(-1)),
        });
        var message = $"Die Wiedervorlage kann nicht vor dem Gespräch am {Today:dd.MM.yyyy} liegen.";
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(message, refused.Document.QuerySelector("form[action*='handler=AddGoal'] [role=alert]")!.TextContent);
        var field = refused.Document.QuerySelector("#new-goal-review")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal(message, refused.Document.GetElementById(field.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.Equal("Eigene Wohnung finden", refused.Document.QuerySelector("#new-goal-description")!.TextContent);
        Assert.Empty(refused.Document.QuerySelectorAll("article.goal"));

        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Set<Goal>().AnyAsync(g => g.CaseId == caseId));
    }

    [Fact]
    public async Task The_counselling_clock_warns_at_30_months_and_after_three_years_asks_for_the_reason_for_a_fourth()
    {
        var session = await ManagerAsync("integration6@eppelheim.example", "eppelheim");
        var page = await CreateCaseAsync(session);
        var caseId = Guid.Parse(page.Path.Split('/').Last());

        await OpenedOnAsync(caseId, Today.AddMonths(-31));
        var warned = await session.GetAsync(page.Path);
        Assert.Contains("30 Monate sind erreicht", warned.Document.QuerySelector("main .warning")!.TextContent);
        Assert.Null(warned.Document.QuerySelector("form[action*='handler=Extend']"));

        await OpenedOnAsync(caseId, Today.AddMonths(-37));
        var due = await session.GetAsync(page.Path);
        var blocked = await session.SubmitAsync(due, "main form[action*='handler=AddGoal']", new Dictionary<string, string>
        {
            ["NewGoal.Area"] = "Arbeit",
            ["NewGoal.Description"] = "Arbeitsstelle finden",
            ["NewGoal.ReviewDate"] = Input(Today.AddDays(7)),
        });
        Assert.Contains("Ein 4. Jahr braucht eine schriftliche Begründung", blocked.Document.QuerySelector("form[action*='handler=AddGoal'] [role=alert]")!.TextContent);

        var empty = await session.SubmitAsync(blocked, "main form[action*='handler=Extend']");
        Assert.Equal("Bitte die Begründung für ein 4. Jahr eintragen.", empty.Document.QuerySelector("#extension-reason-error")!.TextContent);
        var extended = await session.SubmitAsync(empty, "main form[action*='handler=Extend']", new Dictionary<string, string>
        {
            ["extensionReason"] = "Die Ausbildung beginnt im Herbst; Begleitung bis zum Ende der Probezeit.",
        });
        Assert.Contains("Begründung für ein 4. Jahr ist gespeichert", StatusOf(extended));
        Assert.Contains("im 4. Jahr (begründet)", extended.Document.QuerySelector("dl.facts")!.TextContent);
        Assert.Null(extended.Document.QuerySelector("form[action*='handler=Extend']"));
    }

    [Fact]
    public async Task A_referral_without_the_consent_shows_the_missing_consent()
    {
        var session = await ManagerAsync("integration3@eppelheim.example", "eppelheim");
        var page = await AddGoalAsync(session, await CreateCaseAsync(session), "Sprache", "Deutsch lernen");
        var needForm = GoalArticle(page, "Sprache").QuerySelector("form[action*='handler=AddNeed']")!;
        page = await session.SubmitAsync(page, $"#{needForm.Id}");
        var suggestions = await session.GetAsync(GoalArticle(page, "Sprache").QuerySelector("a[href^='/backoffice/cases/needs/']")!.GetAttribute("href")!);
        Assert.Contains("Dafür fehlt die Einwilligung", suggestions.Document.QuerySelector("main .warning")!.TextContent);

        var refused = await session.SubmitAsync(suggestions, "ol#offers > li:first-child form");
        Assert.Contains(
            "Dafür fehlt die Einwilligung „Vermittlung an einen genannten Träger“",
            refused.Document.QuerySelector("ol#offers > li:first-child [role=alert]")!.TextContent);
        Assert.Null(refused.Document.QuerySelector("#referrals"));
    }

    [Fact]
    public async Task A_substitution_with_bad_dates_or_oneself_is_refused_in_German_and_a_good_one_is_listed()
    {
        await TestAccounts.CreateAsync(portal, "integration5@eppelheim.example", Roles.Manager, TestAccounts.DefaultPassword, "eppelheim");
        var session = await ManagerAsync("integration4@eppelheim.example", "eppelheim");
        var form = await session.GetAsync("/backoffice/cases/substitutions");
        var colleague = form.Document.QuerySelectorAll("#substitution-substitute option").First(o => o.TextContent == "integration5@eppelheim.example").GetAttribute("value")!;

        var backwards = await session.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Substitution.SubstituteUserId"] = colleague,
            ["Substitution.StartsOn"] = Input(Today.AddDays(10)),
            ["Substitution.EndsOn"] = Input(Today.AddDays(3)),
        });
        Assert.Contains("Die Vertretung kann nicht enden, bevor sie beginnt.", backwards.Document.QuerySelector("#substitution-ends-error")!.TextContent);

        var granted = await session.SubmitAsync(backwards, "main form", new Dictionary<string, string> { ["Substitution.EndsOn"] = Input(Today.AddDays(20)) });
        Assert.Contains("Vertretung eingerichtet", StatusOf(granted));
        var row = granted.Document.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("integration4@eppelheim.example", row);
        Assert.Contains("integration5@eppelheim.example", row);
        Assert.Contains(Today.AddDays(20).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), row);
    }

    [Fact]
    public async Task Statistics_count_cases_without_details_and_retention_deletes_what_it_lists()
    {
        var manager = await ManagerAsync("integration1@plankstadt.example", "plankstadt");
        var page = await CreateCaseAsync(manager, "Plankstadt");
        var code = page.Document.QuerySelector("h1")!.TextContent["Fall ".Length..];
        var closed = await manager.SubmitAsync(page, "main form[action*='handler=Update']", new Dictionary<string, string> { ["Case.Status"] = "Closed" });
        Assert.Contains("gespeichert", StatusOf(closed));
        var refused = await manager.SubmitAsync(closed, "main form[action*='handler=Update']", new Dictionary<string, string> { ["Case.Status"] = "Open" });
        Assert.Contains($"Der Fall ist seit dem {Today:dd.MM.yyyy} abgeschlossen.", refused.Document.QuerySelector("form[action*='handler=Update'] [role=alert]")!.TextContent);

        await TestAccounts.CreateAsync(portal, "koordination@plankstadt.example", Roles.Coordinator, TestAccounts.DefaultPassword, "plankstadt");
        var coordinator = new BrowserlessSession(portal);
        await coordinator.LoginAsync("koordination@plankstadt.example", TestAccounts.DefaultPassword);
        var statistics = await coordinator.GetAsync("/backoffice/cases/statistics");
        var plankstadt = statistics.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Plankstadt");
        Assert.Equal("1", plankstadt.QuerySelectorAll("td")[2].TextContent);
        Assert.DoesNotContain(code, statistics.Document.Body!.TextContent);
        Assert.Equal("/backoffice/access-denied", (await manager.GetAsync("/backoffice/cases/statistics")).Path);

        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var c = await db.Set<Case>().SingleAsync(x => x.Code == code);
            c.ClosedOn = Today.AddYears(-1);
            await db.SaveChangesAsync();
        }

        var admin = new BrowserlessSession(portal);
        await admin.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var retention = await admin.GetAsync("/backoffice/cases/retention");
        Assert.Contains(retention.Document.QuerySelectorAll("tbody th"), th => th.TextContent == code);
        var deleted = await admin.SubmitAsync(retention, "main form[action*='handler=Run']");
        Assert.StartsWith("Gelöschte Fälle: 1.", StatusOf(deleted));
        Assert.DoesNotContain(code, deleted.Document.Body!.TextContent);
        Assert.Contains(deleted.Document.QuerySelectorAll("tbody th"), th => th.TextContent == "Plankstadt");
    }

    private async Task<BrowserlessSession> ManagerAsync(string email, string municipality)
    {
        await TestAccounts.CreateAsync(portal, email, Roles.Manager, TestAccounts.DefaultPassword, municipality);
        var session = new BrowserlessSession(portal);
        await session.LoginAsync(email, TestAccounts.DefaultPassword);
        return session;
    }

    private static async Task<WebPage> CreateCaseAsync(BrowserlessSession session, string municipality = "Eppelheim")
    {
        var list = await session.GetAsync("/backoffice/cases");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var option = list.Document.QuerySelectorAll("#new-municipality option").Single(o => o.TextContent == municipality).GetAttribute("value")!;
        var created = await session.SubmitAsync(list, "main form[action*='handler=Create']", new Dictionary<string, string>
        {
            ["NewCase.MunicipalityId"] = option,
            ["NewCase.Household"] = "FamilyWithChildren",
            ["NewCase.HouseholdSize"] = "ThreeToFour",
        });
        Assert.Matches("^/backoffice/cases/[0-9a-f-]{36}$", created.Path);
        return created;
    }

    private static async Task<WebPage> AddGoalAsync(BrowserlessSession session, WebPage page, string area, string description)
    {
        var saved = await session.SubmitAsync(page, "main form[action*='handler=AddGoal']", new Dictionary<string, string>
        {
            ["NewGoal.Area"] = area,
            ["NewGoal.Description"] = description,
            ["NewGoal.TargetDate"] = Input(Today.AddMonths(6)),
            ["NewGoal.ReviewDate"] = Input(Today.AddDays(14)),
        });
        Assert.Contains("hinzugefügt", StatusOf(saved));
        return saved;
    }

    private async Task OpenedOnAsync(Guid caseId, DateOnly openedOn)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var c = await db.Set<Case>().SingleAsync(x => x.Id == caseId);
        c.OpenedOn = openedOn;
        await db.SaveChangesAsync();
    }

    private static IElement GoalArticle(WebPage page, string areaLabel) =>
        page.Document.QuerySelectorAll("article.goal").Single(a => a.QuerySelector("h3")!.TextContent.StartsWith(areaLabel, StringComparison.Ordinal));

    private static string StatusOf(WebPage page) => page.Document.QuerySelector("main [role=status]")?.TextContent ?? string.Empty;

    private static string Input(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Punktzahl (-?\d+)")]
    private static partial Regex ScorePattern();
}
