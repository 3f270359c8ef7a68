using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Access;

/// <summary>Every case endpoint against every kind of caller: who gets the case, and who gets 404, 403 or 401.</summary>
public sealed class CaseAccessMatrixTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Ok = "ok";

    [Fact]
    public async Task Each_caller_reaches_exactly_the_cases_they_need_to_know()
    {
        var owner = await ManagerAsync(factory, "im2@eppelheim.example", "eppelheim");
        var ownerId = await UserIdAsync(factory, "im2@eppelheim.example");
        var created = await CreateCaseAsync(owner);
        var caseId = created.GetProperty("id").GetString()!;
        await GiveConsentAsync(owner, caseId, "ProviderReferral");
        var goalId = (await AddGoalAsync(owner, caseId, "Sprache", "Deutschkurs finden")).GetProperty("id").GetString()!;
        var needId = (await AddLanguageNeedAsync(owner, caseId, goalId)).GetProperty("id").GetString()!;
        var offers = await PublishedOfferIdsAsync();
        var referral = await owner.PostAsJsonAsync($"/api/v1/needs/{needId}/referrals", new { offerId = offers[0] });
        var referralId = (await referral.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var callers = new Dictionary<string, HttpClient>
        {
            ["owner"] = owner,
            ["manager of another municipality"] = await ManagerAsync(factory, "im2@goeppingen.example", "goeppingen"),
            ["substitute before"] = await ManagerAsync(factory, "im2@achern.example", "achern"),
            ["substitute during"] = await ManagerAsync(factory, "im2@weinheim.example", "weinheim"),
            ["substitute after"] = await ManagerAsync(factory, "im3@weinheim.example", "weinheim"),
            ["coordinator of the municipality"] = await SignedInAsync("koordination@eppelheim.example", Roles.Coordinator, "eppelheim"),
            ["editor"] = await SignedInAsync("redaktion2@eppelheim.example", Roles.Editor, "eppelheim"),
            ["volunteer"] = await SignedInAsync("ehrenamt2@eppelheim.example", Roles.Volunteer),
            ["administrator"] = await ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword),
            ["anonymous"] = factory.CreateClient(),
        };
        await Substitute(owner, "im2@achern.example", Today.AddDays(1), Today.AddDays(8));
        await Substitute(owner, "im2@weinheim.example", Today, Today.AddDays(7));
        await AddPastSubstitutionAsync(ownerId, "im3@weinheim.example");

        var offerIndex = 1;
        var referralSteps = new Queue<string>(["Contacted", "Accepted"]);
        var endpoints = new (string Name, Func<HttpClient, Task<HttpResponseMessage>> Call)[]
        {
            ("GET case", c => c.GetAsync($"/api/v1/cases/{caseId}")),
            ("PUT case", c => c.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { household = "SingleParent", householdSize = "ThreeToFour", status = "Open" })),
            ("POST consent", c => c.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents", new { purpose = "Statistics", action = "give", textVersion = "2026-01" })),
            ("POST goal", c => c.PostAsJsonAsync($"/api/v1/cases/{caseId}/goals", new { area = "Arbeit", description = "Praktikum", reviewDate = Iso(Today.AddDays(20)) })),
            ("PUT goal", c => c.PutAsJsonAsync($"/api/v1/cases/{caseId}/goals/{goalId}", new { area = "Sprache", description = "Deutschkurs B1", reviewDate = Iso(Today.AddDays(40)), status = "InProgress" })),
            ("POST need", c => c.PostAsJsonAsync($"/api/v1/cases/{caseId}/goals/{goalId}/needs", new { municipality = "eppelheim", germanLevel = "A1" })),
            ("GET suggestions", c => c.GetAsync($"/api/v1/needs/{needId}/suggestions")),
            ("POST referral", c => c.PostAsJsonAsync($"/api/v1/needs/{needId}/referrals", new { offerId = offers[offerIndex++] })),
            ("PUT referral", c => c.PutAsJsonAsync($"/api/v1/referrals/{referralId}", new { status = referralSteps.Count > 0 ? referralSteps.Peek() : "Declined" })),
            ("GET access log", c => c.GetAsync($"/api/v1/cases/{caseId}/access-log")),
        };

        var expected = new Dictionary<string, Func<string, string>>
        {
            ["owner"] = _ => Ok,
            ["manager of another municipality"] = _ => "404",
            ["substitute before"] = _ => "404",
            ["substitute during"] = e => e == "GET access log" ? "404" : Ok,
            ["substitute after"] = _ => "404",
            ["coordinator of the municipality"] = _ => "404",
            ["editor"] = _ => "403",
            ["volunteer"] = _ => "403",
            ["administrator"] = e => e == "GET access log" ? Ok : "403",
            ["anonymous"] = _ => "401",
        };

        var mismatches = new List<string>();
        foreach (var (caller, client) in callers)
        {
            foreach (var (name, call) in endpoints)
            {
                using var response = await call(client);
                var actual = response.IsSuccessStatusCode ? Ok : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (name == "PUT referral" && response.IsSuccessStatusCode)
                {
                    referralSteps.Dequeue();
                }

                if (actual != expected[caller](name))
                {
                    mismatches.Add($"{caller} / {name}: expected {expected[caller](name)}, got {actual} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task A_substitution_that_ends_before_it_starts_or_is_for_oneself_is_refused_and_nothing_is_saved()
    {
        var owner = await ManagerAsync(factory, "im4@eppelheim.example", "eppelheim");
        var ownerId = await UserIdAsync(factory, "im4@eppelheim.example");
        await ManagerAsync(factory, "im4@weinheim.example", "weinheim");
        var colleagueId = await UserIdAsync(factory, "im4@weinheim.example");

        var backwards = await owner.PostAsJsonAsync("/api/v1/substitutions", new { substituteUserId = colleagueId, startsOn = Iso(Today.AddDays(5)), endsOn = Iso(Today.AddDays(2)) });
        var self = await owner.PostAsJsonAsync("/api/v1/substitutions", new { substituteUserId = ownerId, startsOn = Iso(Today), endsOn = Iso(Today.AddDays(2)) });

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("application/problem+json", backwards.Content.Headers.ContentType?.MediaType);
        Assert.Contains("kann nicht enden, bevor sie beginnt", await backwards.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("Niemand kann sich selbst vertreten", await self.Content.ReadAsStringAsync());
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Substitution>().AnyAsync(s => s.AbsentUserId == ownerId));
    }

    [Fact]
    public async Task A_coordinator_arranges_substitutions_for_managers_of_their_own_municipalities_only()
    {
        await ManagerAsync(factory, "im11@eppelheim.example", "eppelheim");
        await ManagerAsync(factory, "im11@weinheim.example", "weinheim");
        var absent = await UserIdAsync(factory, "im11@eppelheim.example");
        var substitute = await UserIdAsync(factory, "im11@weinheim.example");
        var own = await SignedInAsync("koordination11@eppelheim.example", Roles.Coordinator, "eppelheim");
        var other = await SignedInAsync("koordination11@goeppingen.example", Roles.Coordinator, "goeppingen");
        var body = new { from = absent, to = substitute, startsOn = Iso(Today), endsOn = Iso(Today.AddDays(3)) };

        var refused = await other.PostAsJsonAsync("/api/v1/substitutions", body);
        var granted = await own.PostAsJsonAsync("/api/v1/substitutions", body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("zuständige Koordination", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var created = await granted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(absent.ToString(), created.GetProperty("absentUserId").GetString());
        Assert.Equal("koordination11@eppelheim.example", created.GetProperty("grantedBy").GetString());
    }

    [Fact]
    public async Task A_coordinator_sees_counts_per_municipality_but_no_case_details()
    {
        var manager = await ManagerAsync(factory, "im9@eppelheim.example", "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;
        var code = (await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}")).GetProperty("code").GetString()!;
        await GiveConsentAsync(manager, caseId, "Statistics");
        await AddGoalAsync(manager, caseId, "Gesundheit", "Kinderarzt finden");
        var coordinator = await SignedInAsync("koordination9@eppelheim.example", Roles.Coordinator, "eppelheim");

        var response = await coordinator.GetAsync("/api/v1/cases/statistics");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var eppelheim = JsonDocument.Parse(body).RootElement.EnumerateArray().Single(m => m.GetProperty("municipality").GetString() == "Eppelheim");
        Assert.True(eppelheim.GetProperty("open").GetInt32() >= 1);
        Assert.True(eppelheim.GetProperty("goalsByArea").GetProperty("Gesundheit").GetInt32() >= 1);
        Assert.DoesNotContain(code, body);
        Assert.DoesNotContain("Kinderarzt", body);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/v1/cases/statistics")).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string email, string role, params string[] municipalities)
    {
        await TestAccounts.EnsureAsync(factory, email, role, municipalities);
        return await ApiClient.SignedInAsync(factory, email, TestAccounts.DefaultPassword);
    }

    private async Task Substitute(HttpClient owner, string substitute, DateOnly from, DateOnly to)
    {
        var response = await owner.PostAsJsonAsync("/api/v1/substitutions",
            new { substituteUserId = await UserIdAsync(factory, substitute), startsOn = Iso(from), endsOn = Iso(to) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>A substitution that ended yesterday: the API refuses to create one in the past, so it is written as it would have been.</summary>
    private async Task AddPastSubstitutionAsync(Guid ownerId, string substitute)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(new Substitution
        {
            Id = Guid.CreateVersion7(),
            AbsentUserId = ownerId,
            SubstituteUserId = await UserIdAsync(factory, substitute),
            StartsOn = Today.AddDays(-10),
            EndsOn = Today.AddDays(-1),
            GrantedBy = "im2@eppelheim.example",
            CreatedAt = DateTime.UtcNow.AddDays(-10),
        });
        await db.SaveChangesAsync();
    }

    private async Task<List<Guid>> PublishedOfferIdsAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Offers
            .Where(o => o.Status == OfferStatus.Published).OrderBy(o => o.Slug).Select(o => o.Id).Take(20).ToListAsync();
    }
}
