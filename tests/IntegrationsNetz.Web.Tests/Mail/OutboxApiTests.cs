using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Mail;

/// <summary>The Postausgang through the API: what failed and why, and a retry that delivers.</summary>
public sealed class OutboxApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_coordinator_finds_a_failed_mail_and_a_retry_delivers_it()
    {
        // Coordinators see the mails to the people of their municipalities: the recipient works for Weinheim.
        await TestAccounts.EnsureAsync(factory, "abgelehnt@weinheim.example", "Editor", "weinheim");
        var id = await FailedMailAsync("abgelehnt@weinheim.example");
        var coordinator = await CoordinatorAsync();

        var failed = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/outbox?status=Failed");
        var item = Assert.Single(failed.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetGuid() == id);
        Assert.Equal("550 Mailbox unavailable", item.GetProperty("lastError").GetString());
        Assert.True(failed.GetProperty("failed").GetInt32() >= 1);
        Assert.All(failed.GetProperty("items").EnumerateArray(), m => Assert.Equal("Failed", m.GetProperty("status").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync($"/api/v1/outbox/{id}/retry", null)).StatusCode);

        var mail = await TestAccounts.LatestMailToAsync(factory, "abgelehnt@weinheim.example");
        Assert.Equal("IntegrationsNetz: Passwort setzen", mail.Subject);
        var sent = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/outbox?to=abgelehnt@weinheim.example");
        Assert.Equal("Sent", sent.GetProperty("items").EnumerateArray().Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_filters_and_retrying_what_did_not_fail_are_German_problems_and_change_nothing()
    {
        var coordinator = await CoordinatorAsync();
        await ProblemAssert.FieldAsync(await coordinator.GetAsync("/api/v1/outbox?status=Verloren"), "status", "Status");
        await ProblemAssert.FieldAsync(await coordinator.GetAsync("/api/v1/outbox?take=5000"), "take", "200");

        const string colleague = "kollegin@weinheim.example";
        await TestAccounts.EnsureAsync(factory, colleague, "Editor", "weinheim");
        await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = colleague });
        await TestAccounts.LatestMailToAsync(factory, colleague);
        var delivered = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/outbox?to={colleague}&status=Sent")).GetProperty("items")[0];
        var again = await coordinator.PostAsync($"/api/v1/outbox/{delivered.GetProperty("id").GetGuid()}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("fehlgeschlagene", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/api/v1/outbox/{Guid.NewGuid()}/retry", null)).StatusCode);
        var after = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/outbox?to={colleague}")).GetProperty("items");
        Assert.Equal("Sent", after.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == delivered.GetProperty("id").GetGuid()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Editors_get_403_and_anonymous_callers_401()
    {
        var id = await FailedMailAsync("redaktion-fehler@weinheim.example");
        await TestAccounts.EnsureAsync(factory, "redaktion@weinheim.example", "Editor", "weinheim");
        var editor = await ApiClient.SignedInAsync(factory, "redaktion@weinheim.example", TestAccounts.DefaultPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/v1/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"/api/v1/outbox/{id}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/outbox")).StatusCode);
        var admin = await ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var item = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/outbox?status=Failed")).GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
        Assert.Equal(1, item.GetProperty("attempts").GetInt32());
    }

    private async Task<HttpClient> CoordinatorAsync()
    {
        await TestAccounts.EnsureAsync(factory, "koordination@weinheim.example", "Coordinator", "weinheim");
        return await ApiClient.SignedInAsync(factory, "koordination@weinheim.example", TestAccounts.DefaultPassword);
    }

    /// <summary>
    /// A mail as the sender leaves it after the SMTP server refused it for good (5xx): written through the real outbox,
    /// then marked the way <see cref="OutboxSender"/> marks a permanent refusal.
    /// </summary>
    private async Task<Guid> FailedMailAsync(string to)
    {
        using var scope = factory.Services.CreateScope();
        var message = scope.ServiceProvider.GetRequiredService<MailOutbox>()
            .Enqueue(to, "password-reset", null, new Dictionary<string, string> { ["LinkUrl"] = "http://localhost/backoffice/reset-password" });
        (message.Status, message.Attempts, message.LastError) = (OutboxStatus.Failed, 1, "550 Mailbox unavailable");
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        return message.Id;
    }
}
