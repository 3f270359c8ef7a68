using System.Net;
using IntegrationsNetz.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IntegrationsNetz.Web.Tests.Security;

/// <summary>The headers a browser and a proxy see, on a public page, a back-office page and an API answer, over real Kestrel.</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync()
    {
        _portal.UseKestrel(0);
        _portal.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task A_public_page_has_a_strict_policy_and_no_server_banner_but_may_be_cached()
    {
        var response = await _portal.CreateClient().GetAsync("/de");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertProtected(response);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task A_back_office_page_is_never_stored_and_never_framed()
    {
        var session = new BrowserlessSession(_portal);
        var page = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        Assert.Equal("/backoffice", page.Path);
        AssertProtected(page.Response);
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
        Assert.Equal("DENY", Assert.Single(page.Response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Personal_API_answers_are_never_stored_public_ones_may_be()
    {
        var admin = await ApiClient.SignedInAsync(_portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var me = await admin.GetAsync("/api/v1/auth/me");
        var cases = await admin.GetAsync("/api/v1/cases");
        var search = await _portal.CreateClient().GetAsync("/api/v1/search?q=deutsch");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        AssertProtected(me);
        Assert.True(me.Headers.CacheControl?.NoStore);
        Assert.True(cases.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.False(search.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task Behind_an_HTTPS_proxy_cookies_are_secure_and_HSTS_is_sent()
    {
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = _portal.CreateClient().BaseAddress! });
        var request = new HttpRequestMessage(HttpMethod.Get, "/backoffice/login");
        request.Headers.Add("X-Forwarded-Proto", "https");

        // HSTS is never sent for localhost (it would stick to every local app); the proxy forwards the real name.
        request.Headers.Host = "portal.example";
        var response = await client.SendAsync(request);
        var plain = await client.GetAsync("/backoffice/login");

        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    private static void AssertProtected(HttpResponseMessage response)
    {
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"), "Server: " + string.Join(",", response.Headers.Server));
    }
}
