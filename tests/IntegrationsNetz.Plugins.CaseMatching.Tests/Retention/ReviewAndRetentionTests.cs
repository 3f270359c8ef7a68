using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using IntegrationsNetz.Plugins.CaseMatching.Review;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Retention;

public sealed class ReviewAndRetentionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Goals_due_for_review_are_listed_and_mailed_once_a_day_without_anything_from_inside_the_case()
    {
        var manager = await ManagerAsync(factory, "im1@oftersheim.example", "oftersheim");
        var caseId = (await CreateCaseAsync(manager, "oftersheim")).GetProperty("id").GetString()!;
        var code = (await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}")).GetProperty("code").GetString()!;
        await AddGoalAsync(manager, caseId, "Gesundheit", "Hausarzt mit Arabischkenntnissen finden", reviewInDays: 3);
        await AddGoalAsync(manager, caseId, "Wohnen", "Größere Wohnung", reviewInDays: 90);
        var overdueGoal = (await AddGoalAsync(manager, caseId, "Aufenthaltsrecht", "Termin bei der Ausländerbehörde", reviewInDays: 1)).GetProperty("id").GetString()!;
        await SetReviewDateAsync(Guid.Parse(overdueGoal), Today.AddDays(-2));

        var due = (await manager.GetFromJsonAsync<JsonElement>("/api/v1/cases/review")).EnumerateArray().ToList();
        Assert.Equal(["Aufenthaltsrecht", "Gesundheit"], due.Select(d => d.GetProperty("area").GetString()));
        Assert.Equal([true, false], due.Select(d => d.GetProperty("overdue").GetBoolean()));

        using (var scope = factory.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ReviewService>().SendDigestsAsync("http://localhost") >= 1);
        }

        var mail = await TestAccounts.LatestMailToAsync(factory, "im1@oftersheim.example");
        Assert.Equal("Wiedervorlage: 1 überfällig, 1 fällig", mail.Subject);
        Assert.Contains(code, mail.TextBody);
        Assert.DoesNotContain("Hausarzt", mail.TextBody);
        Assert.DoesNotContain("Ausländerbehörde", mail.TextBody);
    }

    [Fact]
    public async Task Retention_deletes_exactly_what_it_previewed_and_leaves_anonymous_counts()
    {
        var manager = await ManagerAsync(factory, "im1@plankstadt.example", "plankstadt");
        var old = await ClosedCaseAsync(manager, monthsAgo: 7);
        var recent = await ClosedCaseAsync(manager, monthsAgo: 2);
        var open = (await CreateCaseAsync(manager, "plankstadt")).GetProperty("id").GetString()!;

        using var scope = factory.Services.CreateScope();
        var retention = scope.ServiceProvider.GetRequiredService<RetentionService>();
        var preview = await retention.PreviewAsync();
        var previewed = Assert.Single(preview, p => p.Municipality == "Plankstadt");
        Assert.Equal(old, previewed.CaseId);
        Assert.True(previewed.HasNotes);
        Assert.Equal(1, previewed.Goals);
        Assert.True(previewed.AccessEntries >= 1);

        var deleted = await retention.RunAsync();

        Assert.Equal(preview.Select(p => p.CaseId), deleted.Select(d => d.CaseId));
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Set<Case>().AnyAsync(c => c.Id == old));
        Assert.False(await db.Set<Goal>().AnyAsync(g => g.CaseId == old));
        Assert.False(await db.Set<Consent>().AnyAsync(c => c.CaseId == old));
        Assert.False(await db.Set<CaseAccessEntry>().AnyAsync(e => e.CaseId == old));
        Assert.True(await db.Set<Case>().AnyAsync(c => c.Id == recent));
        Assert.True(await db.Set<Case>().AnyAsync(c => c.Id == Guid.Parse(open)));
        var counts = await retention.CountsAsync();
        var plankstadt = await db.Municipalities.SingleAsync(m => m.Slug == "plankstadt");
        var count = Assert.Single(counts, c => c.MunicipalityId == plankstadt.Id);
        Assert.Equal(1, count.Cases);
        Assert.Equal(1, count.Goals);
        Assert.Empty(await retention.PreviewAsync());
    }

    /// <summary>A case closed some months ago: closed through the API today, then its closing date moved back.</summary>
    private async Task<Guid> ClosedCaseAsync(HttpClient manager, int monthsAgo)
    {
        var id = (await CreateCaseAsync(manager, "plankstadt")).GetProperty("id").GetString()!;
        await GiveConsentAsync(manager, id, "Statistics");
        await AddGoalAsync(manager, id, "Teilhabe", "Sportverein");
        await manager.GetAsync($"/api/v1/cases/{id}");
        var closed = await manager.PutAsJsonAsync($"/api/v1/cases/{id}",
            new { household = "Couple", householdSize = "Two", status = "Closed", notes = "vertraulich: Gesprächsnotiz" });
        Assert.True(closed.IsSuccessStatusCode);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var caseId = Guid.Parse(id);
        await db.Set<Case>().Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedOn, Today.AddMonths(-monthsAgo)));
        return caseId;
    }

    private async Task SetReviewDateAsync(Guid goalId, DateOnly date)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Goal>().Where(g => g.Id == goalId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.ReviewDate, date));
    }
}
