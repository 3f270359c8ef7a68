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

        // The chart of cases opened per month counts this case in the current month, in its table too.
        var chart = start.Document.QuerySelector("figure svg[aria-labelledby^='chart-cases']")!;
        Assert.Equal("Fälle: eröffnet und abgeschlossen je Monat (letzte 12 Monate)", chart.QuerySelector("title")!.TextContent);
        var thisMonth = start.Document.QuerySelectorAll("#chart-cases-table tbody tr").Last();
        Assert.Equal(Today.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("de")), thisMonth.QuerySelector("th")!.TextContent);
        Assert.Equal("1", thisMonth.QuerySelectorAll("td")[0].TextContent);

        var colleague = await new BrowserlessSession(factory).LoginAsync((await NewManagerAsync("start@goeppingen.example", "goeppingen")), TestAccounts.DefaultPassword);
        Assert.Empty(colleague.Document.QuerySelectorAll("#tasks li"));
        Assert.Null(colleague.Document.QuerySelector("#chart-cases-table"));
        Assert.Equal("Gerade ist nichts zu tun.", colleague.Document.QuerySelector("section[aria-labelledby='tasks-heading'] p")!.TextContent);
    }

    [Fact]
    public async Task The_administrator_is_told_how_many_closed_cases_the_next_retention_run_deletes_and_managers_are_not()
    {
        const string email = "loeschung@weinheim.example";
        var manager = await ManagerAsync(factory, email, "weinheim");
        var caseId = (await CreateCaseAsync(manager, "weinheim")).GetProperty("id").GetGuid();
        int expected;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var months = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<CaseMatchingOptions>>().Value.RetentionMonths;
            await db.Set<IntegrationsNetz.Plugins.CaseMatching.Cases.Case>().Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, IntegrationsNetz.Plugins.CaseMatching.Cases.CaseStatus.Closed).SetProperty(c => c.ClosedOn, Today.AddMonths(-months - 1)));
            expected = (await scope.ServiceProvider.GetRequiredService<IntegrationsNetz.Plugins.CaseMatching.Retention.RetentionService>().PreviewAsync()).Count;
        }

        var admin = await new BrowserlessSession(factory).LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var task = admin.Document.QuerySelectorAll("#tasks a").Single(a => a.GetAttribute("href") == "/backoffice/cases/retention");
        Assert.Equal(expected == 1 ? "1 abgeschlossener Fall wird beim nächsten Löschlauf gelöscht" : $"{expected} abgeschlossene Fälle werden beim nächsten Löschlauf gelöscht", task.TextContent.Trim());

        var managerStart = await new BrowserlessSession(factory).LoginAsync(email, TestAccounts.DefaultPassword);
        Assert.DoesNotContain(managerStart.Document.QuerySelectorAll("#tasks a"), a => a.GetAttribute("href") == "/backoffice/cases/retention");
    }

    private async Task<string> NewManagerAsync(string email, string municipality)
    {
        await ManagerAsync(factory, email, municipality);
        return email;
    }
}
