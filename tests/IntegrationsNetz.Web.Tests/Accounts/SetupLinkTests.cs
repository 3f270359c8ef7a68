using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Accounts;

/// <summary>A portal started without administrator settings: no default password, a one-time setup link instead.</summary>
public sealed partial class SetupLinkTests(SetupLinkTests.WithoutAdministrator factory) : IClassFixture<SetupLinkTests.WithoutAdministrator>
{
    public sealed class WithoutAdministrator() : PortalFactory(new()
    {
        ["IntegrationsNetz:Setup:AdminEmail"] = "",
        ["IntegrationsNetz:Setup:AdminPassword"] = "",
        ["IntegrationsNetz:ImportContentOnFirstBoot"] = "false",
    });

    [Fact]
    public async Task The_first_boot_prints_a_setup_link_that_creates_the_administrator_once()
    {
        var session = new BrowserlessSession(factory);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.Empty(await users.GetUsersInRoleAsync(Roles.Administrator));
        }

        var link = factory.Logs.Select(l => SetupLink().Match(l)).First(m => m.Success).Value;
        var setup = await session.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, setup.Status);

        var login = await session.SubmitAsync(setup, "form", new Dictionary<string, string>
        {
            ["Email"] = "verwaltung@oftersheim.example",
            ["Password"] = "ein langes Einrichtungspasswort",
        });
        Assert.Equal("/backoffice/login", login.Path);
        Assert.Contains("Administrationskonto wurde angelegt", login.Document.QuerySelector("[role=status]")!.TextContent);

        var token = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "verwaltung@oftersheim.example", password = "ein langes Einrichtungspasswort" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        var again = await session.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Contains("ungültig", again.Document.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task A_guessed_setup_token_is_refused()
    {
        var page = await new BrowserlessSession(factory).GetAsync("/backoffice/setup?token=geraten");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Null(page.Document.QuerySelector("input[name=Password]"));
    }

    [GeneratedRegex(@"https?://\S+/backoffice/setup\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex SetupLink();
}
