using System.Net;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Plugins;

/// <summary>The host runs without the plugin: no routes, no pages, no menu entries, none of its tables.</summary>
public sealed class WithoutPluginTests(WithoutPluginTests.Disabled factory) : IClassFixture<WithoutPluginTests.Disabled>
{
    [Fact]
    public async Task The_portal_runs_without_the_case_plugin_and_creates_none_of_its_tables()
    {
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/de")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/cases")).StatusCode);
        var session = new BrowserlessSession(factory);
        var dashboard = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Null(dashboard.Document.QuerySelector("nav a[href='/backoffice/cases']"));
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/backoffice/cases/retention")).Status);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Contains("Offers", tables);
        Assert.DoesNotContain(tables, t => t.StartsWith("Cm", StringComparison.Ordinal));
    }

    public sealed class Disabled() : PortalFactory(new() { ["IntegrationsNetz:Plugins:Disabled:0"] = "CaseMatching" });
}
