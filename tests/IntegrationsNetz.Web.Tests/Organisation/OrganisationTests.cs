using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Organisation;

public sealed class OrganisationTests(PortalFactory factory) : IClassFixture<PortalFactory>
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
}
