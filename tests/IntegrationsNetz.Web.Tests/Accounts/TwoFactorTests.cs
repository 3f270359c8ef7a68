using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Accounts;

/// <summary>Two-factor sign-in required for administrators by configuration.</summary>
public sealed class TwoFactorTests(TwoFactorTests.RequiredForAdministrators factory) : IClassFixture<TwoFactorTests.RequiredForAdministrators>
{
    public sealed class RequiredForAdministrators() : PortalFactory(new()
    {
        ["IntegrationsNetz:Security:RequireTwoFactorForRoles:0"] = "Administrator",
        ["IntegrationsNetz:ImportContentOnFirstBoot"] = "false",
    });

    [Fact]
    public async Task An_administrator_must_set_up_an_authenticator_app_and_then_sign_in_with_its_code()
    {
        var refused = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Authenticator", await refused.Content.ReadAsStringAsync());

        var session = new BrowserlessSession(factory);
        var setup = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Equal("/backoffice/account/two-factor", setup.Path);
        Assert.Equal("/backoffice/account/two-factor", (await session.GetAsync("/backoffice/pages")).Path);

        var key = setup.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        var wrong = await session.SubmitAsync(setup, "form.form", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Contains("Der Code stimmt nicht", wrong.Document.QuerySelector(".errors")!.TextContent);
        var dashboard = await session.SubmitAsync(setup, "form.form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/backoffice", dashboard.Path);

        var fresh = new BrowserlessSession(factory);
        var challenge = await fresh.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Equal("/backoffice/login/two-factor", challenge.Path);
        var signedIn = await fresh.SubmitAsync(challenge, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/backoffice", signedIn.Path);

        var withoutCode = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        var withCode = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.AdminPassword, twoFactorCode = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
    }
}
