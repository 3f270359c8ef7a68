using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Testing;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Referrals;

/// <summary>The steps a referral may take, and the correction of a wrong final status, through the JSON API.</summary>
public sealed class ReferralFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_referral_moves_only_step_by_step_and_a_wrong_final_status_is_corrected_with_a_reason_in_the_history()
    {
        var courseId = await PublishFittingCourseAsync(factory, "elternkurs-flow");
        var manager = await ManagerAsync(factory, "im2@eppelheim.example", "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;
        await GiveConsentAsync(manager, caseId, "ProviderReferral");
        var goalId = (await AddGoalAsync(manager, caseId, "Sprache", "Deutsch A2 erreichen")).GetProperty("id").GetString()!;
        var needId = (await AddLanguageNeedAsync(manager, caseId, goalId)).GetProperty("id").GetString()!;
        var created = await manager.PostAsJsonAsync($"/api/v1/needs/{needId}/referrals", new { offerId = courseId });
        var referralId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        await AssertProblemAsync(
            await manager.PutAsJsonAsync($"/api/v1/referrals/{referralId}", new { status = "Completed" }),
            "Status", "„abgeschlossen“ geht erst, wenn das Angebot begonnen hat. Von „vorgeschlagen“ aus ist möglich:");
        await AssertProblemAsync(
            await manager.PutAsJsonAsync($"/api/v1/referrals/{referralId}", new { status = "Started" }),
            "Status", "Von „vorgeschlagen“ geht es nicht zu „begonnen“. Möglich ist: „Kontakt aufgenommen“, „angenommen“, „abgelehnt“, „abgebrochen“.");
        await AssertProblemAsync(
            await manager.PostAsJsonAsync($"/api/v1/referrals/{referralId}/correction", new { status = "Cancelled", reason = "falsch" }),
            "Status", "Die Vermittlung ist „vorgeschlagen“ und noch nicht beendet");
        Assert.Equal("Suggested", (await ReferralAsync(manager, caseId)).GetProperty("status").GetString());

        foreach (var status in new[] { "Accepted", "Started", "Completed" })
        {
            var moved = await manager.PutAsJsonAsync($"/api/v1/referrals/{referralId}", new { status });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        await AssertProblemAsync(
            await manager.PutAsJsonAsync($"/api/v1/referrals/{referralId}", new { status = "Cancelled" }),
            "Status", "Die Vermittlung ist „abgeschlossen“ und lässt sich nicht mehr ändern.");

        // The goal is not marked achieved behind the manager's back.
        var plan = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        Assert.Equal("Open", plan.GetProperty("goals")[0].GetProperty("status").GetString());

        // The person left the course in week three: "abgeschlossen" was wrong.
        await AssertProblemAsync(
            await manager.PostAsJsonAsync($"/api/v1/referrals/{referralId}/correction", new { status = "Cancelled", reason = " " }),
            "Reason", "Grund der Korrektur ist erforderlich.");
        await AssertProblemAsync(
            await manager.PostAsJsonAsync($"/api/v1/referrals/{referralId}/correction", new { status = "Completed", reason = "versehentlich" }),
            "Status", "Bitte den richtigen Status wählen; er muss sich von „abgeschlossen“ unterscheiden.");
        var corrected = await manager.PostAsJsonAsync($"/api/v1/referrals/{referralId}/correction", new { status = "Cancelled", reason = "Kurs in der dritten Woche abgebrochen" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        var shown = await ReferralAsync(manager, caseId);
        Assert.Equal("Cancelled", shown.GetProperty("status").GetString());
        var history = shown.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["Suggested", "Accepted", "Started", "Completed", "Cancelled"], history.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal("Korrektur von „abgeschlossen“: Kurs in der dritten Woche abgebrochen", history[^1].GetProperty("note").GetString());
        Assert.Equal("im2@eppelheim.example", history[^1].GetProperty("changedBy").GetString());
    }

    private static async Task<JsonElement> ReferralAsync(HttpClient manager, string caseId)
    {
        var full = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        return full.GetProperty("goals")[0].GetProperty("needs")[0].GetProperty("referrals")[0];
    }
}
