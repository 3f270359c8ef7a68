using System.Net.Http.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Plugins;

public sealed class PluginContractTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_plugin_registers_its_services_and_endpoints_through_the_contract()
    {
        var greeting = await factory.CreateClient().GetFromJsonAsync<string>("/api/v1/test-plugin/ping");

        Assert.Equal("Hallo vom Testmodul", greeting);
    }

    [Fact]
    public async Task A_plugin_menu_entry_is_shown_to_the_roles_it_names()
    {
        var session = new BrowserlessSession(factory);
        var dashboard = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.NotNull(dashboard.Document.QuerySelector("nav a[href='/backoffice/test-plugin']"));

        await TestAccounts.CreateAsync(factory, "redaktion@eppelheim.example", "Editor", TestAccounts.DefaultPassword, "eppelheim");
        var editor = new BrowserlessSession(factory);
        var editorDashboard = await editor.LoginAsync("redaktion@eppelheim.example", TestAccounts.DefaultPassword);
        Assert.Null(editorDashboard.Document.QuerySelector("nav a[href='/backoffice/test-plugin']"));
    }
}
