using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.BackOffice;

public sealed class OrganisationAndAccountsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_coordinator_adds_a_municipality_and_it_appears_on_the_public_start_page()
    {
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var form = await session.GetAsync("/backoffice/organisation/municipalities");

        var refused = await session.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Schwetzingen",
            ["Input.Slug"] = "schwetzingen",
            ["Input.OfficialKey"] = "08226084",
            ["Input.Postcodes"] = "68723",
            ["Input.Latitude"] = "8,57",
            ["Input.Longitude"] = "49,38",
        });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("nicht in Deutschland", refused.Document.QuerySelector(".errors")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/de/schwetzingen")).Status);

        var saved = await session.SubmitAsync(refused, "main form", new Dictionary<string, string>
        {
            ["Input.Latitude"] = "49,38",
            ["Input.Longitude"] = "8,57",
        });
        Assert.Equal("/backoffice/organisation", saved.Path);
        Assert.Contains(saved.Document.QuerySelectorAll("a"), a => a.TextContent == "Schwetzingen");
        var start = await session.GetAsync("/de");
        Assert.NotNull(start.Document.QuerySelector("a[href='/de/schwetzingen']"));
    }

    [Fact]
    public async Task A_cooperation_links_municipalities_and_providers()
    {
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var form = await session.GetAsync("/backoffice/organisation/cooperations");
        var municipality = form.Document.QuerySelectorAll("input[name='Input.MunicipalityIds']").First(i => i.ParentElement!.TextContent.Contains("Remchingen", StringComparison.Ordinal)).GetAttribute("value")!;

        var empty = await session.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Name"] = "Verbund Süd", ["Input.Slug"] = "verbund-sued" });
        Assert.Contains("mindestens eine Gemeinde", empty.Document.QuerySelector(".errors")!.TextContent);

        var saved = await session.SubmitAsync(empty, "main form", new Dictionary<string, string> { ["Input.MunicipalityIds"] = municipality });
        Assert.Equal("/backoffice/organisation", saved.Path);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var cooperation = await db.Cooperations.Include(c => c.Municipalities).SingleAsync(c => c.Slug == "verbund-sued");
        Assert.Equal("Remchingen", Assert.Single(cooperation.Municipalities).Name);
    }

    [Fact]
    public async Task An_administrator_creates_a_staff_account_that_sets_its_own_password_from_the_mail()
    {
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var form = await session.GetAsync("/backoffice/users/edit");
        var weinheim = form.Document.QuerySelectorAll("input[name='Input.Targets']").First(i => i.ParentElement!.TextContent.Trim() == "Weinheim").GetAttribute("value")!;

        var saved = await session.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "integration@weinheim.example",
            ["Input.Roles"] = "Manager",
            ["Input.Targets"] = weinheim,
        });
        Assert.Equal("/backoffice/users", saved.Path);
        var row = saved.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("integration@weinheim.example", StringComparison.Ordinal));
        Assert.Contains("Weinheim", row.TextContent);
        Assert.Contains("Integrationsmanagement", row.TextContent);

        var link = TestAccounts.LinkIn(await TestAccounts.LatestMailToAsync(factory, "integration@weinheim.example"));
        var staff = new BrowserlessSession(factory);
        var reset = await staff.GetAsync(link.PathAndQuery);
        var login = await staff.SubmitAsync(reset, "main form", new Dictionary<string, string> { ["Password"] = "mein eigenes langes Passwort" });
        Assert.Equal("/backoffice/login", login.Path);
        var dashboard = await staff.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "integration@weinheim.example",
            ["Input.Password"] = "mein eigenes langes Passwort",
        });
        Assert.Equal("/backoffice", dashboard.Path);
        Assert.Null(dashboard.Document.QuerySelector("nav a[href='/backoffice/users']"));
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var session = new BrowserlessSession(factory);
        var dashboard = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        var loggedOut = await session.SubmitAsync(dashboard, "form[action='/backoffice/account/logout']");

        Assert.Equal("/backoffice/login", loggedOut.Path);
        Assert.Equal("/backoffice/login", (await session.GetAsync("/backoffice")).Path);
    }
}
