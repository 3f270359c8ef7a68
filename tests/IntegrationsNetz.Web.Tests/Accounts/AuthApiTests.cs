using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Testing;
using MimeKit;

namespace IntegrationsNetz.Web.Tests.Accounts;

public sealed class AuthApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_unattended_administrator_logs_in_with_a_bearer_token_and_can_refresh_it()
    {
        var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(tokens.GetProperty("expiresIn").GetInt32() > 0);

        var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        var account = await (await client.SendAsync(me)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(PortalFactory.AdminEmail, account.GetProperty("email").GetString());
        Assert.Contains("Administrator", account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.False(string.IsNullOrEmpty((await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task An_API_call_without_a_token_gets_401_not_a_login_page()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_answers_problem_json_in_German()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "niemand@integrationsnetz.example", password = "falsch falsch falsch" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Passwort stimmen nicht", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_empty_login_is_a_validation_problem()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_unknown_addresses_and_mails_only_known_ones()
    {
        var client = factory.CreateClient();
        var before = Directory.GetFiles(factory.MailPickup, "*.eml").Length;

        var unknown = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "unbekannt@integrationsnetz.example" });
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(before, Directory.GetFiles(factory.MailPickup, "*.eml").Length);

        var user = await TestAccounts.CreateAsync(factory, "redaktion-reset@weinheim.example", "Editor");
        var known = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = user.Email });
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);

        var mail = await TestAccounts.LatestMailToAsync(factory, user.Email);
        Assert.Equal("IntegrationsNetz: Passwort setzen", mail.Subject);
        Assert.NotNull(mail.TextBody);
        Assert.NotNull(mail.HtmlBody);
        var link = TestAccounts.LinkIn(mail);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);

        var reset = await client.PostAsJsonAsync("/api/v1/auth/reset-password", new { email = user.Email, token = query["token"], newPassword = "ein neues langes Passwort" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "ein neues langes Passwort" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        var reused = await client.PostAsJsonAsync("/api/v1/auth/reset-password", new { email = user.Email, token = query["token"], newPassword = "noch ein anderes Passwort" });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Fact]
    public async Task Too_short_a_new_password_is_refused_with_a_German_reason()
    {
        var user = await TestAccounts.CreateAsync(factory, "kurz@plankstadt.example", "Editor");
        await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = user.Email });
        var token = System.Web.HttpUtility.ParseQueryString(TestAccounts.LinkIn(await TestAccounts.LatestMailToAsync(factory, user.Email)).Query)["token"];

        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/reset-password", new { email = user.Email, token, newPassword = "kurz" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mindestens 12 Zeichen", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        var user = await TestAccounts.CreateAsync(factory, "sperre@eppelheim.example", "Manager", "das richtige Passwort 1");
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "ein falsches Passwort" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "das richtige Passwort 1" });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("gesperrt", await right.Content.ReadAsStringAsync());
    }
}
