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
        var codes = await session.SubmitAsync(setup, "form.form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/backoffice/account/recovery-codes", codes.Path);
        var dashboard = await session.GetAsync(codes.Document.QuerySelector("main a[href='/backoffice']")!.GetAttribute("href")!);
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

    [Fact]
    public async Task The_set_up_page_shows_the_key_as_a_QR_code_and_as_text()
    {
        const string email = "qr-code@integrationsnetz.example";
        await TestAccounts.CreateAsync(factory, email, "Administrator");
        var setup = await new BrowserlessSession(factory).LoginAsync(email, TestAccounts.DefaultPassword);

        var qr = setup.Document.QuerySelector("[data-testid=authenticator-qr] svg[role=img]");
        Assert.NotNull(qr);
        Assert.Contains("Authenticator-App", qr.GetAttribute("aria-label"));
        Assert.NotEmpty(qr.QuerySelector("path")!.GetAttribute("d")!);
        Assert.Empty(setup.Document.QuerySelectorAll("script"));
        var uri = setup.Document.QuerySelectorAll("code").Select(c => c.TextContent).Single(t => t.StartsWith("otpauth://totp/", StringComparison.Ordinal));
        Assert.StartsWith("otpauth://totp/IntegrationsNetz:qr-code%40integrationsnetz.example?", uri);
        Assert.Contains("&issuer=IntegrationsNetz", uri);
        var key = setup.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        Assert.Contains("secret=" + key.Replace(" ", string.Empty).ToUpperInvariant() + "&", uri);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_renewed_codes_replace_the_old_ones()
    {
        const string email = "wiederherstellung@integrationsnetz.example";
        await TestAccounts.CreateAsync(factory, email, "Administrator");
        var session = new BrowserlessSession(factory);
        var setup = await session.LoginAsync(email, TestAccounts.DefaultPassword);
        var key = setup.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        var shown = await session.SubmitAsync(setup, "form.form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var codes = shown.Document.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.True(shown.Response.Headers.CacheControl?.NoStore);
        Assert.Equal("/backoffice/account/two-factor", (await session.GetAsync("/backoffice/account/recovery-codes")).Path);

        // Typed as people type it: lower case, without the dash.
        var first = await RecoveryLoginAsync(email, codes[0].Replace("-", string.Empty).ToLowerInvariant());
        Assert.Equal("/backoffice", first.Path);
        var again = await RecoveryLoginAsync(email, codes[0]);
        Assert.Equal("/backoffice/login/two-factor", again.Path);
        Assert.Contains("schon benutzt", again.Document.QuerySelector("form.recovery .field-error")!.TextContent);

        var manage = await session.GetAsync("/backoffice/account/two-factor");
        Assert.Contains("Unbenutzte Wiederherstellungscodes: 9", manage.Document.QuerySelector("form.recovery-codes")!.TextContent);
        var renewed = await session.SubmitAsync(manage, "form.recovery-codes");
        var newCodes = renewed.Document.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(codes));
        Assert.Equal("/backoffice/login/two-factor", (await RecoveryLoginAsync(email, codes[1])).Path);
        Assert.Equal("/backoffice", (await RecoveryLoginAsync(email, newCodes[1])).Path);
    }

    private async Task<WebPage> RecoveryLoginAsync(string email, string code)
    {
        var session = new BrowserlessSession(factory);
        var challenge = await session.LoginAsync(email, TestAccounts.DefaultPassword);
        Assert.Equal("/backoffice/login/two-factor", challenge.Path);
        return await session.SubmitAsync(challenge, "form.recovery", new Dictionary<string, string> { ["RecoveryCode"] = code });
    }
}
