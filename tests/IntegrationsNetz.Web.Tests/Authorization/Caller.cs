using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using IntegrationsNetz.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IntegrationsNetz.Web.Tests.Authorization;

/// <summary>
/// One person as the portal sees them: a bearer token for the API and a signed-in browser session (cookies, no
/// redirects followed, with the antiforgery token its pages carry) for the back office. Anonymous has neither.
/// </summary>
public sealed class Caller
{
    private static readonly HtmlParser Parser = new();

    private Caller(string name, HttpClient api, HttpClient browser, string formToken)
    {
        (Name, Api, Browser, FormToken) = (name, api, browser, formToken);
    }

    public string Name { get; }

    public HttpClient Api { get; }

    public HttpClient Browser { get; }

    /// <summary>The antiforgery field every form of this session sends.</summary>
    public string FormToken { get; }

    public static async Task<Caller> AnonymousAsync(PortalFactory factory)
    {
        var browser = NewBrowser(factory);
        return new Caller("anonymous", factory.CreateClient(), browser, await FormTokenAsync(browser, "/backoffice/login"));
    }

    public static async Task<Caller> SignInAsync(PortalFactory factory, string name, string email, string password = TestAccounts.DefaultPassword)
    {
        var api = factory.CreateClient();
        var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.True(login.IsSuccessStatusCode, $"{name}: API login {(int)login.StatusCode}");
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        var browser = NewBrowser(factory);
        var anonymousToken = await FormTokenAsync(browser, "/backoffice/login");
        var signIn = await browser.PostAsync("/backoffice/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = anonymousToken,
        }));
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"{name}: back-office login {(int)signIn.StatusCode}");

        // The request token is bound to the signed-in identity, so it is read again after the login.
        var page = signIn.Headers.Location?.OriginalString is { Length: > 0 } target && !target.Contains("login", StringComparison.Ordinal) ? target : "/backoffice";
        return new Caller(name, api, browser, await FormTokenAsync(browser, page));
    }

    public Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>>? fields = null) =>
        Browser.PostAsync(url, new FormUrlEncodedContent((fields ?? []).Append(new("__RequestVerificationToken", FormToken))));

    private static HttpClient NewBrowser(PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<string> FormTokenAsync(HttpClient browser, string url)
    {
        var html = await browser.GetStringAsync(url);
        return Parser.ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No form with an antiforgery token on {url}.");
    }
}
