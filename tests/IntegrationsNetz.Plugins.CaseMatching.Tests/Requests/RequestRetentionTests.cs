using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Requests;

/// <summary>When retention deletes a closed case, its anonymised requests stay as the volunteers' record of their help.</summary>
public sealed class RequestRetentionTests
{
    [Fact]
    public async Task Retention_deletes_the_case_and_keeps_the_volunteers_hours_on_the_certificate()
    {
        await using var world = await RequestWorld.StartAsync();
        var helper = await VolunteerTestData.ApprovedAsync(world.Portal, "quirin@ehrenamt.example", "Quirin", new(Languages: ["ar:C1"]));
        var id = await world.PublishedAsync();
        var signup = (await (await helper.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await world.Manager.PostAsync($"/api/v1/signups/{signup}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await helper.Api.PostAsJsonAsync($"/api/v1/signups/{signup}/complete", new { hours = 4 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await world.Manager.PutAsJsonAsync($"/api/v1/cases/{world.CaseId}", new { household = "Couple", householdSize = "Two", status = "Closed" })).StatusCode);

        using var scope = world.Portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var caseId = Guid.Parse(world.CaseId);
        await db.Set<Case>().Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedOn, Today.AddYears(-1)));
        var deleted = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync();

        Assert.Equal(caseId, Assert.Single(deleted).CaseId);
        var kept = await db.Set<VolunteerRequest>().AsNoTracking().SingleAsync(r => r.Id == Guid.Parse(id));
        Assert.Null(kept.CaseId);
        Assert.Null(kept.NeedId);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Manager.GetAsync($"/api/v1/requests/{id}/details")).StatusCode);
        var certificate = Core.Tests.Documents.PdfText.AllLines(await helper.Api.GetByteArrayAsync("/api/v1/engagement/certificate"));
        Assert.Contains(certificate, l => l.Contains("Begleitung zur Ausländerbehörde", StringComparison.Ordinal) && l.Contains("4 Std.", StringComparison.Ordinal));
    }
}
