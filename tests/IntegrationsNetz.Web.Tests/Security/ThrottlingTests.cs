using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Security;

/// <summary>
/// Limits per client and per target account, with lowered settings, over real Kestrel: the test client is loopback,
/// a trusted proxy, so X-Forwarded-For plays a different client per test.
/// </summary>
public sealed class ThrottlingTests : IAsyncLifetime
{
    private const string Staff = "redaktion.sperre@integrationsnetz.example";
    private readonly PortalFactory _portal = new Limited();

    public async ValueTask InitializeAsync()
    {
        _portal.UseKestrel(0);
        _portal.StartServer();
        await TestAccounts.CreateAsync(_portal, Staff, "Editor");
    }

    public async ValueTask DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Registrations_from_one_client_are_limited_with_retry_after_others_are_not()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await RegisterAsync("198.51.100.1", $"viele{i}@ehrenamt.example")).StatusCode);
        }

        var refused = await RegisterAsync("198.51.100.1", "viele9@ehrenamt.example");
        var other = await RegisterAsync("198.51.100.2", "andere@ehrenamt.example");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After"))) >= 1);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bitte warten Sie", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task Many_clients_cannot_flood_one_address_with_registrations()
    {
        const string email = "ziel.flut@ehrenamt.example";
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await RegisterAsync($"198.51.100.{10 + i}", email)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.True(await MailsAsync(email) <= 2);
    }

    [Fact]
    public async Task Failed_logins_from_one_client_back_off_exponentially_on_the_API_and_the_form()
    {
        var client = Client("198.51.100.30");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "wer@beispiel.example", password = "falsch falsch falsch" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "wer@beispiel.example", password = "falsch falsch falsch" })).StatusCode);
        var third = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.AdminPassword });

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);

        var session = new BrowserlessSession(_portal);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.31");
        await session.LoginAsync("wer@beispiel.example", "falsch falsch falsch");
        await session.LoginAsync("wer@beispiel.example", "falsch falsch falsch");
        var page = await session.LoginAsync("wer@beispiel.example", "falsch falsch falsch");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Contains("Zu viele Versuche", page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_stranger_locks_a_colleague_out_only_briefly_and_the_owner_is_told_by_mail()
    {
        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var response = await Client($"198.51.100.{40 + i}").PostAsJsonAsync("/api/v1/auth/login", new { email = Staff, password = "geraten geraten geraten" });
            answers.Add(((int)response.StatusCode) + (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("detail").GetString());
        }

        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Staff);
        var mail = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == Staff && m.Purpose == "account-locked");

        Assert.Single(answers.Distinct());
        Assert.NotNull(user.LockoutEnd);
        Assert.True(user.LockoutEnd <= DateTimeOffset.UtcNow.AddMinutes(5).AddSeconds(5), "the lock is short");
        Assert.Contains("vorübergehend gesperrt", mail.Subject);
        Assert.Contains("/backoffice/reset-password", mail.TextBody);
    }

    [Fact]
    public async Task One_address_gets_at_most_the_hourly_number_of_mails_whoever_sends_them()
    {
        for (var i = 0; i < 6; i++)
        {
            var response = await Client($"198.51.100.{60 + i}").PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = PortalFactory.AdminEmail });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        await TestAccounts.ProcessResetRequestsAsync(_portal);
        using var scope = _portal.Services.CreateScope();
        var mails = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.To == PortalFactory.AdminEmail && m.Purpose == "password-reset").ToListAsync();

        Assert.Equal(4, mails.Count(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sent));
        Assert.All(mails.Where(m => m.Status == OutboxStatus.Failed), m => Assert.StartsWith("Nicht gesendet: höchstens 4 E-Mails je Stunde", m.LastError));
    }

    [Fact]
    public async Task The_public_search_stays_open_by_default()
    {
        var client = Client("198.51.100.80");
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=deutsch")).StatusCode);
        }
    }

    private HttpClient Client(string address)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private Task<HttpResponseMessage> RegisterAsync(string client, string email) =>
        Client(client).PostAsJsonAsync("/api/v1/volunteers", new
        {
            email, password = "ein langes Ehrenamtspasswort", displayName = "Amsel", privacyConsent = true, municipalities = new[] { "weinheim" },
        });

    private async Task<int> MailsAsync(string email)
    {
        using var scope = _portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.CountAsync(m => m.To == email);
    }

    private sealed class Limited() : PortalFactory(new()
    {
        ["IntegrationsNetz:RateLimits:Login:PerClient"] = "30",
        ["IntegrationsNetz:RateLimits:Login:PerAccount"] = "10",
        ["IntegrationsNetz:RateLimits:Registration:PerClient"] = "3",
        ["IntegrationsNetz:RateLimits:Registration:PerAccount"] = "2",
        ["IntegrationsNetz:RateLimits:FreeLoginFailuresPerClient"] = "2",
        ["IntegrationsNetz:RateLimits:PasswordReset:PerAccount"] = "100",
        ["IntegrationsNetz:RateLimits:MailsPerAddressPerHour"] = "4",
        ["IntegrationsNetz:Security:MaxFailedAccessAttempts"] = "3",
    });
}
