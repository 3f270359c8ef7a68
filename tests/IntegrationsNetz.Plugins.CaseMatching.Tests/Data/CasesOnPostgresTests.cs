using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Data;

/// <summary>The plugin's own migrations and queries on PostgreSQL, as when several nodes share one database.</summary>
public sealed class CasesOnPostgresTests
{
    [Fact]
    public async Task Cases_plans_matching_referrals_and_retention_work_on_PostgreSQL()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new OnPostgres(database.ConnectionString);
        var courseId = await PublishFittingCourseAsync(factory, "elternkurs-postgres");
        var manager = await ManagerAsync(factory, "im1@eppelheim.example", "eppelheim");

        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;
        await GiveConsentAsync(manager, caseId, "ProviderReferral");
        var goalId = (await AddGoalAsync(manager, caseId, "Sprache", "Deutsch B1")).GetProperty("id").GetString()!;
        var needId = (await AddLanguageNeedAsync(manager, caseId, goalId)).GetProperty("id").GetString()!;
        var suggestions = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/needs/{needId}/suggestions");
        Assert.Equal(courseId.ToString(), suggestions.GetProperty("offers")[0].GetProperty("offerId").GetString());
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/v1/needs/{needId}/referrals", new { offerId = courseId })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await manager.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { household = "Couple", householdSize = "Two", status = "Closed" })).StatusCode);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = Guid.Parse(caseId);
        await db.Set<Case>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedOn, Today.AddYears(-1)));
        var retention = scope.ServiceProvider.GetRequiredService<RetentionService>();
        var preview = await retention.PreviewAsync();
        var deleted = await retention.RunAsync();

        Assert.Equal(id, Assert.Single(preview).CaseId);
        Assert.Equal(preview, deleted);
        Assert.False(await db.Set<Case>().AnyAsync());
        Assert.Equal(1, (await retention.CountsAsync()).Single().Referrals);
    }

    private sealed class OnPostgres(string connectionString) : PortalFactory(new()
    {
        ["IntegrationsNetz:Database:Provider"] = "Postgres",
        ["ConnectionStrings:IntegrationsNetz"] = connectionString,
    });
}
