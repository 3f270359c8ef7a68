using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Plans;

/// <summary>The plan's history, bad input, consent gating and closed cases.</summary>
public sealed class CasePlanTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_change_of_a_goal_is_kept_so_a_later_conversation_sees_how_the_plan_moved()
    {
        var manager = await ManagerAsync(factory, "im5@eppelheim.example", "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;
        var goalId = (await AddGoalAsync(manager, caseId, "Arbeit", "Praktikum in der Pflege")).GetProperty("id").GetString()!;

        await Put(manager, caseId, goalId, new { area = "Arbeit", description = "Praktikum in der Pflege", reviewDate = Iso(Today.AddDays(60)), status = "InProgress" });
        await Put(manager, caseId, goalId, new { area = "Ausbildung", description = "Ausbildung zur Pflegehelferin", status = "Adapted", statusReason = "Praktikum war erfolgreich, Ausbildung angeboten" });

        var full = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        var goal = full.GetProperty("goals")[0];
        Assert.Equal(3, goal.GetProperty("version").GetInt32());
        var history = goal.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["Open", "InProgress", "Adapted"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.Equal(["Arbeit", "Arbeit", "Ausbildung"], history.Select(h => h.GetProperty("area").GetString()));
        Assert.Equal("Praktikum war erfolgreich, Ausbildung angeboten", history[2].GetProperty("statusReason").GetString());
        Assert.All(history, h => Assert.Equal("im5@eppelheim.example", h.GetProperty("changedBy").GetString()));
    }

    [Fact]
    public async Task Bad_goals_and_needs_get_a_german_message_and_nothing_is_saved()
    {
        var manager = await ManagerAsync(factory, "im6@eppelheim.example", "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;

        var early = await manager.PostAsJsonAsync($"/api/v1/cases/{caseId}/goals",
            new { area = "Sprache", description = "Deutschkurs", conversationOn = Iso(Today), reviewDate = Iso(Today.AddDays(-3)) });
        var unknownArea = await manager.PostAsJsonAsync($"/api/v1/cases/{caseId}/goals",
            new { area = "Sport", description = "Fußballverein", reviewDate = Iso(Today.AddDays(3)) });
        await AssertProblemAsync(early, "ReviewDate", "Die Wiedervorlage kann nicht vor dem Gespräch am");
        await AssertProblemAsync(unknownArea, "Area", "Bitte ein Handlungsfeld wählen");

        var goalId = (await AddGoalAsync(manager, caseId, "Sprache", "Deutschkurs")).GetProperty("id").GetString()!;
        var nowhere = await manager.PostAsJsonAsync($"/api/v1/cases/{caseId}/goals/{goalId}/needs", new { germanLevel = "A2" });
        await AssertProblemAsync(nowhere, "Municipality", "Ein Bedarf braucht eine Gemeinde");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = Guid.Parse(caseId);
        Assert.Equal(1, await db.Set<Goal>().CountAsync(g => g.CaseId == id));
        Assert.False(await db.Set<IntegrationsNetz.Plugins.CaseMatching.Needs.Need>().AnyAsync(n => n.CaseId == id));
    }

    [Fact]
    public async Task A_body_that_is_not_valid_json_or_holds_no_date_gets_problem_json_and_changes_nothing()
    {
        var manager = await ManagerAsync(factory, "im10@eppelheim.example", "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;

        var badDate = await manager.PostAsync($"/api/v1/cases/{caseId}/goals",
            new StringContent("{\"area\":\"Sprache\",\"description\":\"Kurs\",\"reviewDate\":\"31.02.2027\"}", System.Text.Encoding.UTF8, "application/json"));
        var broken = await manager.PostAsync($"/api/v1/cases/{caseId}/goals", new StringContent("{(((", System.Text.Encoding.UTF8, "application/json"));

        foreach (var response in new[] { badDate, broken })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(text.Contains("nicht lesbar", StringComparison.Ordinal), text);
        }

        using var scope = factory.Services.CreateScope();
        var id = Guid.Parse(caseId);
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Goal>().AnyAsync(g => g.CaseId == id));
    }

    [Fact]
    public async Task A_referral_needs_the_referral_consent_and_is_blocked_again_after_withdrawal()
    {
        var courseId = await PublishFittingCourseAsync(factory, "elternkurs-consent");
        var manager = await ManagerAsync(factory, "im7@eppelheim.example", "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;
        var goalId = (await AddGoalAsync(manager, caseId, "Sprache", "Deutschkurs")).GetProperty("id").GetString()!;
        var needId = (await AddLanguageNeedAsync(manager, caseId, goalId)).GetProperty("id").GetString()!;

        var blocked = await manager.PostAsJsonAsync($"/api/v1/needs/{needId}/referrals", new { offerId = courseId });
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Contains("Dafür fehlt die Einwilligung „Vermittlung an einen genannten Träger“", await blocked.Content.ReadAsStringAsync());

        await GiveConsentAsync(manager, caseId, "ProviderReferral");
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/v1/needs/{needId}/referrals", new { offerId = courseId })).StatusCode);

        var withdrawn = await manager.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents", new { purpose = "ProviderReferral", action = "withdraw" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var other = await PublishFittingCourseAsync(factory, "elternkurs-consent-2");
        var again = await manager.PostAsJsonAsync($"/api/v1/needs/{needId}/referrals", new { offerId = other });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var consents = (await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}")).GetProperty("consents").EnumerateArray().ToList();
        var consent = Assert.Single(consents);
        Assert.Equal("2026-01", consent.GetProperty("textVersion").GetString());
        Assert.Equal(Iso(Today), consent.GetProperty("withdrawnOn").GetString());
        Assert.False(consent.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_closed_case_is_refused_for_editing_with_the_reason()
    {
        var manager = await ManagerAsync(factory, "im8@eppelheim.example", "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;
        var goalId = (await AddGoalAsync(manager, caseId, "Wohnen", "Wohnung suchen")).GetProperty("id").GetString()!;
        var close = await manager.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { household = "SingleParent", householdSize = "ThreeToFour", status = "Closed" });
        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);

        var edit = await manager.PutAsJsonAsync($"/api/v1/cases/{caseId}/goals/{goalId}", new { area = "Wohnen", description = "Neue Wohnung", reviewDate = Iso(Today.AddDays(9)), status = "Open" });
        var reopen = await manager.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { household = "Couple", householdSize = "Two", status = "Open" });

        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains($"Der Fall ist seit dem {Today:dd.MM.yyyy} abgeschlossen", await edit.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, reopen.StatusCode);
        var stored = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        Assert.Equal("Closed", stored.GetProperty("status").GetString());
        Assert.Equal("SingleParent", stored.GetProperty("household").GetString());
        Assert.Equal("Wohnung suchen", stored.GetProperty("goals")[0].GetProperty("description").GetString());
    }

    private static async Task Put(HttpClient manager, string caseId, string goalId, object body)
    {
        var response = await manager.PutAsJsonAsync($"/api/v1/cases/{caseId}/goals/{goalId}", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
