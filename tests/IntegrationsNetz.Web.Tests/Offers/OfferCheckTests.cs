using System.Net;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Offers;

/// <summary>
/// "Heute geprüft" on the list of offers due for a check: one button confirms an offer of the coordinator's own
/// municipalities; an offer of another municipality does not exist for them and keeps its date.
/// </summary>
public sealed class OfferCheckTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_coordinator_marks_a_due_offer_as_checked_today_and_it_leaves_the_list_of_due_offers()
    {
        await TestAccounts.EnsureAsync(factory, "koordination@weinheim.example", "Coordinator", "weinheim");
        var (id, title) = await NeverCheckedAsync("weinheim");
        var session = new BrowserlessSession(factory);
        await session.LoginAsync("koordination@weinheim.example", TestAccounts.DefaultPassword);
        var due = await session.GetAsync("/backoffice/offers?unchecked=true");
        var form = FormFor(due, id);
        Assert.Equal($"Heute geprüft – {title}", form.QuerySelector("button")!.TextContent.Trim());

        var after = await session.SubmitAsync(due, form);

        Assert.Equal("/backoffice/offers", after.Path);
        Assert.Equal("?unchecked=true", after.Url.Query);
        Assert.Equal("Das Angebot ist als heute geprüft vermerkt.", after.Document.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.DoesNotContain(title, after.Document.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal(Clock.TodayInGermany(TimeProvider.System), await LastCheckedAsync(id));
    }

    [Fact]
    public async Task A_coordinator_of_another_municipality_cannot_mark_the_offer_and_its_date_stays()
    {
        await TestAccounts.EnsureAsync(factory, "koordination@goeppingen.example", "Coordinator", "goeppingen");
        var (foreign, _) = await NeverCheckedAsync("weinheim");
        var (own, _) = await NeverCheckedAsync("goeppingen");
        var session = new BrowserlessSession(factory);
        await session.LoginAsync("koordination@goeppingen.example", TestAccounts.DefaultPassword);
        var due = await session.GetAsync("/backoffice/offers?unchecked=true");
        Assert.DoesNotContain(due.Document.QuerySelectorAll("input[name=id]"), i => i.GetAttribute("value") == foreign.ToString());

        // Their own form, sent with the other municipality's offer.
        var refused = await session.SubmitAsync(due, FormFor(due, own), new Dictionary<string, string> { ["id"] = foreign.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.Null(await LastCheckedAsync(foreign));
        Assert.Null(await LastCheckedAsync(own));
    }

    private static AngleSharp.Html.Dom.IHtmlFormElement FormFor(WebPage page, Guid id) =>
        (AngleSharp.Html.Dom.IHtmlFormElement)page.Document.QuerySelectorAll("form[action*='handler=Checked']")
            .Single(f => f.QuerySelector("input[name=id]")!.GetAttribute("value") == id.ToString());

    /// <summary>The first offer of the municipality by address, marked as never checked; its id and German title.</summary>
    private async Task<(Guid Id, string Title)> NeverCheckedAsync(string municipality)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var offer = await db.Offers.Include(o => o.Texts).Where(o => o.Municipalities.Any(m => m.Slug == municipality) && o.Municipalities.Count == 1)
            .OrderBy(o => o.Slug).FirstAsync();
        offer.LastCheckedOn = null;
        await db.SaveChangesAsync();
        return (offer.Id, offer.TitleIn("de"));
    }

    private async Task<DateOnly?> LastCheckedAsync(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Offers.Where(o => o.Id == id).Select(o => o.LastCheckedOn).SingleAsync();
    }
}
