using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Dashboard;

/// <summary>A manager's start page says what to do now, each item a link to where it is done, with the right plural.</summary>
public sealed class StartPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_manager_sees_overdue_and_due_goals_and_waiting_referrals_as_links_and_nothing_of_another_managers_cases()
    {
        const string email = "start@oftersheim.example";
        var manager = await ManagerAsync(factory, email, "oftersheim");
        var caseId = (await CreateCaseAsync(manager, "oftersheim")).GetProperty("id").GetString()!;
        await GiveConsentAsync(manager, caseId, "ProviderReferral");
        var overdue = (await AddGoalAsync(manager, caseId, "Wohnen", "Wohnung suchen", reviewInDays: 1)).GetProperty("id").GetGuid();
        await AddGoalAsync(manager, caseId, "Gesundheit", "Hausarzt finden", reviewInDays: 3);
        await AddGoalAsync(manager, caseId, "Arbeit", "Bewerbung schreiben", reviewInDays: 5);
        var language = (await AddGoalAsync(manager, caseId, "Sprache", "Kurs finden", reviewInDays: 60)).GetProperty("id").GetString()!;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Set<Goal>().Where(g => g.Id == overdue).ExecuteUpdateAsync(s => s.SetProperty(g => g.ReviewDate, Today.AddDays(-2)));
        }

        var need = await AddLanguageNeedAsync(manager, caseId, language, "oftersheim");
        var course = await PublishFittingCourseAsync(factory, "startseite-kurs", "oftersheim");
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/v1/needs/{need.GetProperty("id").GetString()}/referrals", new { offerId = course })).StatusCode);

        var start = await new BrowserlessSession(factory).LoginAsync(email, TestAccounts.DefaultPassword);

        var tasks = start.Document.QuerySelectorAll("#tasks li").Select(li => (Text: li.TextContent.Trim(), Link: li.QuerySelector("a")!.GetAttribute("href"))).ToList();
        Assert.Equal(("1 Ziel ist zur Wiedervorlage überfällig", "/backoffice/cases/review"), tasks[0]);
        Assert.Contains(("2 Ziele sind in den nächsten 7 Tagen zur Wiedervorlage fällig", "/backoffice/cases/review"), tasks);
        Assert.Contains(("1 Vermittlung wartet auf eine Antwort", "/backoffice/cases"), tasks);
        Assert.Contains("warning", start.Document.QuerySelector("#tasks li")!.ClassList);

        var colleague = await new BrowserlessSession(factory).LoginAsync((await NewManagerAsync("start@goeppingen.example", "goeppingen")), TestAccounts.DefaultPassword);
        Assert.Empty(colleague.Document.QuerySelectorAll("#tasks li"));
        Assert.Equal("Gerade ist nichts zu tun.", colleague.Document.QuerySelector("section[aria-labelledby='tasks-heading'] p")!.TextContent);
    }

    private async Task<string> NewManagerAsync(string email, string municipality)
    {
        await ManagerAsync(factory, email, municipality);
        return email;
    }
}
