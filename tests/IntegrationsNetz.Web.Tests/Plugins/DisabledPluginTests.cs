using System.Net;
using IntegrationsNetz.Web.Tests.Infrastructure;

namespace IntegrationsNetz.Web.Tests.Plugins;

/// <summary>A plugin switched off by configuration takes its pages with it, not only its services and menu entries.</summary>
public sealed class DisabledPluginTests(DisabledPluginTests.WithoutCaseMatching portal) : IClassFixture<DisabledPluginTests.WithoutCaseMatching>
{
    [Fact]
    public async Task The_pages_of_a_disabled_plugin_are_not_found()
    {
        var session = new BrowserlessSession(portal);
        var dashboard = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Null(dashboard.Document.QuerySelector("nav a[href='/backoffice/cases/retention']"));

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/backoffice/cases/retention")).Status);
    }

    public sealed class WithoutCaseMatching() : PortalFactory(new Dictionary<string, string?> { ["IntegrationsNetz:Plugins:Disabled:0"] = "CaseMatching" });
}
