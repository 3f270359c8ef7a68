using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Cases;

/// <summary>
/// The back-office case list: search by code, filters by status, review and owner, and the three orders, always
/// inside the cases the viewer may open; each case with its next review.
/// </summary>
public sealed class CaseListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Me = "liste@eppelheim.example";
    private const string Colleague = "liste2@eppelheim.example";
    private const string Stranger = "liste@oftersheim.example";

    [Fact]
    public async Task The_list_finds_filters_and_sorts_only_within_the_cases_in_reach_and_shows_each_next_review()
    {
        var w = await WorldAsync();
        var all = await ListAsync(new CaseListQuery());

        // Everything in Eppelheim, by code; Oftersheim's case is out of reach.
        Assert.Equal(w.Codes.Order(StringComparer.Ordinal), Codes(all));
        Assert.DoesNotContain(w.Foreign, Codes(all));
        var next = all.ToDictionary(r => r.Case.Code, r => r.NextReview);
        Assert.Equal(Today.AddDays(3), next[w.DueSoon]);
        Assert.Equal(Today.AddDays(-2), next[w.Overdue]);
        Assert.Equal(Today.AddDays(20), next[w.Later]); // the earlier of two open goals; the achieved one does not count
        Assert.Null(next[w.NoGoal]);
        Assert.Null(next[w.Closed]); // a closed case has no review, whatever its goals say

        // Search: a part of the code, in any case; a code out of reach finds nothing.
        Assert.Equal([w.Overdue], Codes(await ListAsync(new(Code: " " + w.Overdue.ToLowerInvariant() + " "))));
        Assert.Equal([w.Overdue], Codes(await ListAsync(new(Code: w.Overdue[^5..]))));
        Assert.Empty(await ListAsync(new(Code: w.Foreign)));

        Assert.Equal([w.Closed], Codes(await ListAsync(new(Status: CaseStatus.Closed))));
        Assert.Equal([w.Overdue], Codes(await ListAsync(new(Review: CaseReview.Overdue))));
        Assert.Equal([w.DueSoon], Codes(await ListAsync(new(Review: CaseReview.DueSoon))));
        Assert.Equal(new[] { w.NoGoal, w.Closed, w.Partnered, w.Colleagues }.Order(StringComparer.Ordinal), Codes(await ListAsync(new(Review: CaseReview.None))));

        // Mine: owned or shared as tandem partner; the colleague's own case stays under "all".
        Assert.Equal(w.Codes.Where(c => c != w.Colleagues).Order(StringComparer.Ordinal), Codes(await ListAsync(new(Owner: CaseOwner.Mine))));
        Assert.Contains(w.Colleagues, Codes(all));

        // Next review first, then the cases without one by code; newest opened first.
        var byReview = Codes(await ListAsync(new(Sort: CaseSort.NextReview)));
        Assert.Equal([w.Overdue, w.DueSoon, w.Later], byReview.Take(3));
        Assert.Equal(byReview.Skip(3).Order(StringComparer.Ordinal), byReview.Skip(3));
        var byOpened = await ListAsync(new(Sort: CaseSort.Opened));
        Assert.Equal(w.Later, byOpened[0].Case.Code);
        Assert.Equal(w.NoGoal, byOpened[^1].Case.Code);
        Assert.Equal(byOpened.Select(r => r.Case.OpenedOn).OrderDescending(), byOpened.Select(r => r.Case.OpenedOn));

        // Filters together narrow further.
        Assert.Equal([w.Overdue], Codes(await ListAsync(new(Code: "EPP", Review: CaseReview.Overdue, Owner: CaseOwner.Mine, Sort: CaseSort.Opened))));
    }

    [Fact]
    public async Task Listing_cases_is_not_logged_as_a_read_and_a_stranger_finds_nothing_by_code()
    {
        var w = await WorldAsync();
        var before = await AccessEntriesAsync();

        Assert.NotEmpty(await ListAsync(new CaseListQuery()));
        Assert.Equal(before, await AccessEntriesAsync());
        Assert.Equal([w.Foreign], Codes(await ListAsync(new CaseListQuery(), Stranger)));
        Assert.Empty(await ListAsync(new(Code: w.Overdue), Stranger));
    }

    [Theory]
    [InlineData(null, "Geschlossen", null, null, null, "status", "Status: „Geschlossen“ ist keine der Möglichkeiten")]
    [InlineData(null, null, "1", null, null, "review", "Überprüfung: „1“ ist keine der Möglichkeiten")]
    [InlineData(null, null, null, "Mine,All", null, "owner", "Zuständigkeit: „Mine,All“ ist keine der Möglichkeiten")]
    [InlineData(null, null, null, null, "Notes", "sort", "Sortiert nach: „Notes“ ist keine der Möglichkeiten")]
    [InlineData("EPP-2026-0001-EPP-2026-0002-EPP-2026-0003", null, null, null, null, "code", "Fallcode")]
    public void A_value_the_form_does_not_offer_gives_a_German_message_and_filters_nothing(string? code, string? status, string? review, string? owner, string? sort, string field, string message)
    {
        var (query, errors) = CaseListQuery.Parse(code, status, review, owner, sort);

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(new CaseListQuery(), query);
    }

    [Fact]
    public void The_form_values_become_the_query()
    {
        var (query, errors) = CaseListQuery.Parse(" epp-2026 ", "OnHold", "dueSoon", "Mine", "NextReview");

        Assert.Empty(errors);
        Assert.Equal(new CaseListQuery("epp-2026", CaseStatus.OnHold, CaseReview.DueSoon, CaseOwner.Mine, CaseSort.NextReview), query);
    }

    private sealed record World(string DueSoon, string Overdue, string Later, string NoGoal, string Closed, string Partnered, string Colleagues, string Foreign)
    {
        public IReadOnlyList<string> Codes => [DueSoon, Overdue, Later, NoGoal, Closed, Partnered, Colleagues];
    }

    /// <summary>
    /// Seven cases in Eppelheim (five of mine, one of a colleague with me as tandem partner, one of the colleague
    /// alone) and one in Oftersheim; made once per class through the API.
    /// </summary>
    private async Task<World> WorldAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _world ??= await CreateWorldAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static readonly SemaphoreSlim Gate = new(1, 1);

    // xUnit makes a new instance per test; the class's portal (and so its cases) lives as long as the class.
    private static World? _world;

    private async Task<World> CreateWorldAsync()
    {
        var me = await ManagerAsync(factory, Me, "eppelheim");
        var colleague = await ManagerAsync(factory, Colleague, "eppelheim");
        var stranger = await ManagerAsync(factory, Stranger, "oftersheim");
        var myId = await UserIdAsync(factory, Me);

        var noGoal = await CaseAsync(me, openedDaysAgo: 400);
        var dueSoon = await CaseAsync(me, openedDaysAgo: 100);
        await AddGoalAsync(me, dueSoon.Id, "Sprache", "Deutschkurs A2", reviewInDays: 3);
        var overdue = await CaseAsync(me, openedDaysAgo: 50);
        await SetReviewDateAsync(await GoalAsync(me, overdue.Id, 1), Today.AddDays(-2));
        var later = await CaseAsync(me, openedDaysAgo: 0);
        await AddGoalAsync(me, later.Id, "Wohnen", "Größere Wohnung", reviewInDays: 60);
        await AddGoalAsync(me, later.Id, "Arbeit", "Praktikum", reviewInDays: 20);
        var achieved = await GoalAsync(me, later.Id, 5);
        await ChangeGoalAsync(achieved, GoalStatus.Achieved, Today.AddDays(-5));
        var closed = await CaseAsync(me, openedDaysAgo: 200);
        await SetReviewDateAsync(await GoalAsync(me, closed.Id, 1), Today.AddDays(-10));
        var close = await me.PutAsJsonAsync($"/api/v1/cases/{closed.Id}", new { household = "Couple", householdSize = "Two", status = "Closed" });
        Assert.True(close.IsSuccessStatusCode);

        var partnered = await colleague.PostAsJsonAsync("/api/v1/cases", new { municipality = "eppelheim", household = "Couple", householdSize = "Two", partnerId = myId });
        Assert.Equal(HttpStatusCode.Created, partnered.StatusCode);
        var partneredCode = (await partnered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var colleagues = await CaseAsync(colleague, openedDaysAgo: 10);
        var foreign = await CaseAsync(stranger, openedDaysAgo: 10, municipality: "oftersheim");
        return new World(dueSoon.Code, overdue.Code, later.Code, noGoal.Code, closed.Code, partneredCode, colleagues.Code, foreign.Code);
    }

    private async Task<(string Id, string Code)> CaseAsync(HttpClient manager, int openedDaysAgo, string municipality = "eppelheim")
    {
        var created = await CreateCaseAsync(manager, municipality);
        var (id, code) = (created.GetProperty("id").GetString()!, created.GetProperty("code").GetString()!);
        using var scope = factory.Services.CreateScope();
        var caseId = Guid.Parse(id);
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Case>().Where(c => c.Id == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.OpenedOn, Today.AddDays(-openedDaysAgo)));
        return (id, code);
    }

    /// <summary>A new goal of the case, its review some days ahead.</summary>
    private static async Task<Guid> GoalAsync(HttpClient manager, string caseId, int reviewInDays) =>
        Guid.Parse((await AddGoalAsync(manager, caseId, "Gesundheit", "Hausarzt finden", reviewInDays)).GetProperty("id").GetString()!);

    private async Task SetReviewDateAsync(Guid goalId, DateOnly date) => await ChangeGoalAsync(goalId, null, date);

    private async Task ChangeGoalAsync(Guid goalId, GoalStatus? status, DateOnly review)
    {
        using var scope = factory.Services.CreateScope();
        var goals = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Goal>().Where(g => g.Id == goalId);
        await goals.ExecuteUpdateAsync(s => s.SetProperty(g => g.ReviewDate, review));
        if (status is { } value)
        {
            await goals.ExecuteUpdateAsync(s => s.SetProperty(g => g.Status, value));
        }
    }

    /// <summary>The list as the page asks for it: the viewer from a signed-in manager's claims, then the service.</summary>
    private async Task<IReadOnlyList<CaseListRow>> ListAsync(CaseListQuery query, string email = Me)
    {
        var id = await UserIdAsync(factory, email);
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, Roles.Manager)], "test"));
        using var scope = factory.Services.CreateScope();
        var viewer = await scope.ServiceProvider.GetRequiredService<CaseAccess>().ViewerAsync(user);
        return await scope.ServiceProvider.GetRequiredService<CaseService>().ListAsync(viewer, query);
    }

    private async Task<int> AccessEntriesAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<CaseAccessEntry>().CountAsync();
    }

    private static List<string> Codes(IEnumerable<CaseListRow> rows) => rows.Select(r => r.Case.Code).ToList();
}
