using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Web.Tests.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: PortalPlugin(typeof(TestPlugin))]

namespace IntegrationsNetz.Web.Tests.Plugins;

/// <summary>A plugin living in the test assembly, registered only through the contract: proves the host picks it up.</summary>
public sealed class TestPlugin : IPortalPlugin
{
    public string Name => "TestPlugin";

    public IEnumerable<BackOfficeMenuEntry> MenuEntries => [new("Testmodul", "/backoffice/test-plugin", [Roles.Administrator])];

    public IEnumerable<PluginPermission> Permissions => [new("TestPlugin.Use", "Testmodul benutzen", [Roles.Administrator])];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<TestPluginGreeting>();

    public void ConfigureModel(ModelBuilder modelBuilder)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/test-plugin/ping", (TestPluginGreeting greeting) => TypedResults.Ok(greeting.Text)).AllowAnonymous();
}

public sealed class TestPluginGreeting
{
    public string Text => "Hallo vom Testmodul";
}
