using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Testing;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Cases;

/// <summary>The issue's "done when", through the JSON API as a municipal app would use it.</summary>
public sealed class CaseJourneyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_manager_plans_matches_and_refers_a_substitute_sees_the_case_only_while_standing_in_and_every_read_is_logged()
    {
        var courseId = await PublishFittingCourseAsync(factory, "elternkurs-journey");
        var manager = await ManagerAsync(factory, "im1@eppelheim.example", "eppelheim");
        var colleague = await ManagerAsync(factory, "im1@weinheim.example", "weinheim");
        var stranger = await ManagerAsync(factory, "im1@goeppingen.example", "goeppingen");

        // Open a case, record consent, write three goals, turn one into a need.
        var created = await CreateCaseAsync(manager);
        var caseId = created.GetProperty("id").GetString()!;
        var code = created.GetProperty("code").GetString()!;
        Assert.Matches(@"^EPP-\d{4}-\d{4}$", code);
        await GiveConsentAsync(manager, caseId, "ProviderReferral");
        var language = await AddGoalAsync(manager, caseId, "Sprache", "Deutsch B1 erreichen, um eine Ausbildung beginnen zu können");
        await AddGoalAsync(manager, caseId, "Arbeit", "Praktikum in der Pflege finden");
        await AddGoalAsync(manager, caseId, "Kinderbetreuung", "Kitaplatz für das jüngste Kind");
        var need = await AddLanguageNeedAsync(manager, caseId, language.GetProperty("id").GetString()!);
        var needId = need.GetProperty("id").GetString()!;

        // Ranked offers with reasons: the fitting course comes first and says why.
        var suggestions = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/needs/{needId}/suggestions");
        var offers = suggestions.GetProperty("offers").EnumerateArray().ToList();
        Assert.NotEmpty(offers);
        var scores = offers.Select(o => o.GetProperty("score").GetInt32()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var top = offers[0];
        Assert.Equal(courseId.ToString(), top.GetProperty("offerId").GetString());
        var reasons = top.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("Niveau passt: A2 -> B1", reasons);
        Assert.Contains("Kinderbetreuung", reasons);
        Assert.Contains("0,0 km", reasons);
        Assert.Contains("4 freie Plätze", reasons);
        Assert.Contains("beginnt in 12 Tagen", reasons);
        Assert.Contains("Zeit passt: Montag Vormittag", reasons);

        // Refer, and move the referral to completed; the goal shows it with its history.
        var referral = await manager.PostAsJsonAsync($"/api/v1/needs/{needId}/referrals", new { offerId = courseId, note = "Anmeldung besprochen" });
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        var referralId = (await referral.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        foreach (var status in new[] { "Contacted", "Accepted", "Started", "Completed" })
        {
            var moved = await manager.PutAsJsonAsync($"/api/v1/referrals/{referralId}", new { status });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        var full = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        Assert.Equal(3, full.GetProperty("goals").GetArrayLength());
        var goal = full.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("area").GetString() == "Sprache");
        var shown = goal.GetProperty("needs")[0].GetProperty("referrals")[0];
        Assert.Equal("Completed", shown.GetProperty("status").GetString());
        Assert.Equal(["Suggested", "Contacted", "Accepted", "Started", "Completed"], shown.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("status").GetString()));

        // A colleague from another municipality sees it only while standing in; a stranger never finds it.
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        var colleagueId = await UserIdAsync(factory, "im1@weinheim.example");
        var substitution = await manager.PostAsJsonAsync("/api/v1/substitutions",
            new { substituteUserId = colleagueId, startsOn = Iso(Today), endsOn = Iso(Today.AddDays(14)) });
        Assert.Equal(HttpStatusCode.Created, substitution.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.Contains(code, await colleague.GetStringAsync("/api/v1/cases"));
        Assert.DoesNotContain(code, await stranger.GetStringAsync("/api/v1/cases"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);

        // Both are told by mail.
        var toOwner = await TestAccounts.LatestMailToAsync(factory, "im1@eppelheim.example");
        var toSubstitute = await TestAccounts.LatestMailToAsync(factory, "im1@weinheim.example");
        Assert.Contains("im1@weinheim.example", toOwner.Subject);
        Assert.Contains("Sie vertreten im1@eppelheim.example", toSubstitute.Subject);

        // The access log shows every read: the owner's two, the substitute's one.
        var log = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/access-log");
        var reads = log.EnumerateArray().Select(e => (User: e.GetProperty("user").GetString(), What: e.GetProperty("what").GetString())).ToList();
        Assert.Equal(
            [("im1@eppelheim.example", "Vorschläge zu einem Bedarf"), ("im1@eppelheim.example", "Fall"), ("im1@weinheim.example", "Fall")],
            reads);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/cases/{caseId}/access-log")).StatusCode);
        var again = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/access-log");
        Assert.Equal("Zugriffsprotokoll", again.EnumerateArray().Last().GetProperty("what").GetString());
    }
}
