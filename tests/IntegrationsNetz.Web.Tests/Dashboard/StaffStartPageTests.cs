using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Dashboard;

/// <summary>
/// The start pages of coordinators and administrators say what to do now and how things stand: offers due for a
/// check (with a chart of the directory's freshness), certificates of conduct due, and for administrators the node's
/// health, outbox and index.
/// </summary>
public sealed class StaffStartPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = IntegrationsNetz.Core.Common.Clock.TodayInGermany(TimeProvider.System);

    [Fact]
    public async Task A_coordinator_sees_the_offers_due_for_a_check_as_a_link_to_exactly_those_offers_and_a_chart_with_its_table()
    {
        await TestAccounts.EnsureAsync(factory, "koordination@weinheim.example", "Coordinator", "weinheim");
        await TestAccounts.EnsureAsync(factory, "koordination@goeppingen.example", "Coordinator", "goeppingen");
        var (old, never, fresh) = await MarkWeinheimOffersAsync();

        var session = new BrowserlessSession(factory);
        var start = await session.LoginAsync("koordination@weinheim.example", TestAccounts.DefaultPassword);
        var task = start.Document.QuerySelectorAll("#tasks a").Single(a => a.GetAttribute("href") == "/backoffice/offers?unchecked=true");
        var due = await DueInAsync("weinheim");
        Assert.True(due >= 2);
        Assert.Equal($"{due} Angebote wurden seit 6 Monaten nicht geprüft", task.TextContent.Trim());

        var list = await session.GetAsync(task.GetAttribute("href")!);
        var titles = list.Document.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(due, titles.Count);
        Assert.Contains(old, titles);
        Assert.Contains(never, titles);
        Assert.DoesNotContain(fresh, titles);
        Assert.All(list.Document.QuerySelectorAll("tbody tr"), row => Assert.Contains("Prüfung fällig", row.TextContent));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)list.Document.QuerySelector("#unchecked")!).IsChecked);

        // The chart is an image with a title and a description, and its numbers are in the table beside it.
        var chart = start.Document.QuerySelector("svg#chart-offers, figure svg[aria-labelledby^='chart-offers']")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Angebote nach Art und letzter Prüfung", chart.QuerySelector("title")!.TextContent);
        var rows = start.Document.QuerySelectorAll("#chart-offers-table tbody tr").ToList();
        Assert.Equal(4, rows.Count);
        var cells = rows.SelectMany(r => r.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(await InScopeAsync("weinheim"), cells.Sum());
        Assert.Equal(due, rows.Sum(r => r.QuerySelectorAll("td").Skip(1).Sum(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture))));

        // Another district's coordinator counts only their own offers.
        var other = await new BrowserlessSession(factory).LoginAsync("koordination@goeppingen.example", TestAccounts.DefaultPassword);
        var otherTask = other.Document.QuerySelectorAll("#tasks a").SingleOrDefault(a => a.GetAttribute("href") == "/backoffice/offers?unchecked=true");
        var otherDue = await DueInAsync("goeppingen");
        Assert.Equal(otherDue == 0 ? null : otherDue == 1 ? "1 Angebot wurde seit 6 Monaten nicht geprüft" : $"{otherDue} Angebote wurden seit 6 Monaten nicht geprüft", otherTask?.TextContent.Trim());
    }

    [Fact]
    public async Task A_coordinator_is_reminded_of_a_certificate_of_conduct_due_within_30_days_and_not_of_one_due_later()
    {
        await TestAccounts.EnsureAsync(factory, "koordination@eppelheim.example", "Coordinator", "eppelheim");
        var soon = await VolunteerTestData.WithoutLoginAsync(factory, "zeugnis.bald@ehrenamt.example", "Bald", new VolunteerProfile("eppelheim"));
        var later = await VolunteerTestData.WithoutLoginAsync(factory, "zeugnis.spaeter@ehrenamt.example", "Später", new VolunteerProfile("eppelheim"));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Volunteers.Where(v => v.Id == soon.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ConductCertificateRecheckOn, Today.AddDays(10)));
            await db.Volunteers.Where(v => v.Id == later.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ConductCertificateRecheckOn, Today.AddDays(90)));
        }

        var start = await new BrowserlessSession(factory).LoginAsync("koordination@eppelheim.example", TestAccounts.DefaultPassword);

        var task = start.Document.QuerySelectorAll("#tasks a").Single(a => a.TextContent.Contains("Führungszeugnis", StringComparison.Ordinal));
        Assert.Equal("1 Führungszeugnis muss erneut eingesehen werden", task.TextContent.Trim());
        Assert.Equal("/backoffice/volunteers", task.GetAttribute("href"));
    }

    [Fact]
    public async Task The_administrator_sees_the_health_checks_the_outbox_and_the_index_of_this_node_and_others_do_not()
    {
        var start = await new BrowserlessSession(factory).LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        var items = start.Document.QuerySelectorAll("#operations li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Gesundheitsprüfung (database): in Ordnung", items);
        Assert.Contains(items, i => i.StartsWith("Postausgang:", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Suchindex:", StringComparison.Ordinal));

        await TestAccounts.EnsureAsync(factory, "redaktion@weinheim.example", "Editor", "weinheim");
        var editor = await new BrowserlessSession(factory).LoginAsync("redaktion@weinheim.example", TestAccounts.DefaultPassword);
        Assert.Null(editor.Document.QuerySelector("#operations"));
    }

    /// <summary>One Weinheim offer checked eight months ago, one never, one today; returns their German titles.</summary>
    private async Task<(string Old, string Never, string Fresh)> MarkWeinheimOffersAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var offers = await db.Offers.Include(o => o.Texts).Where(o => o.Municipalities.Any(m => m.Slug == "weinheim")).OrderBy(o => o.Slug).Take(3).ToListAsync();
        Assert.Equal(3, offers.Count);
        offers[0].LastCheckedOn = Today.AddMonths(-8);
        offers[1].LastCheckedOn = null;
        offers[2].LastCheckedOn = Today;
        await db.SaveChangesAsync();
        return (offers[0].TitleIn("de"), offers[1].TitleIn("de"), offers[2].TitleIn("de"));
    }

    private async Task<int> InScopeAsync(string municipality)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Offers.CountAsync(o => o.Municipalities.Any(m => m.Slug == municipality));
    }

    private async Task<int> DueInAsync(string municipality)
    {
        using var scope = factory.Services.CreateScope();
        var offers = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Offers
            .Where(o => o.Municipalities.Any(m => m.Slug == municipality)).Select(o => o.LastCheckedOn).ToListAsync();
        return offers.Count(checkedOn => checkedOn is null || checkedOn < Today.AddMonths(-6));
    }
}
