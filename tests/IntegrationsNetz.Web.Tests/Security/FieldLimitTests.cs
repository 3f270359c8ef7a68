using System.Net;
using System.Net.Http.Json;
using System.Text;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Security;

/// <summary>Lengths, control characters, dates and body sizes have limits, in the model and in the services, over real Kestrel.</summary>
public sealed class FieldLimitTests : IAsyncLifetime
{
    private static readonly string Megabyte = new('9', 900_000);
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync()
    {
        _portal.UseKestrel(0);
        _portal.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task A_long_phone_number_is_refused_with_a_German_message_and_not_stored()
    {
        var volunteer = await VolunteerAsync("lang.telefon@ehrenamt.example");
        var response = await volunteer.PutAsJsonAsync("/api/v1/volunteers/me", new { displayName = "Amsel", phone = new string('1', 5000), municipalities = new[] { "weinheim" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Telefon darf höchstens 50 Zeichen", await response.Content.ReadAsStringAsync());
        using var scope = _portal.Services.CreateScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Volunteers.AsNoTracking().SingleAsync(v => v.DisplayName == "Amsel lang")).Phone);
    }

    [Fact]
    public async Task A_null_byte_in_a_name_is_refused()
    {
        var response = await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new
        {
            email = "null.byte@ehrenamt.example", password = "ein langes Ehrenamtspasswort", displayName = "Am\0sel", privacyConsent = true, municipalities = new[] { "weinheim" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Steuerzeichen", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Long_offer_fields_are_refused()
    {
        var admin = await ApiClient.SignedInAsync(_portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var response = await admin.PostAsJsonAsync("/api/v1/offers", new
        {
            kind = "Authority", authorityType = "Buergeramt", slug = "lange-felder", texts = new[] { new { culture = "de", title = "Amt", description = "Text" } },
            municipalities = new[] { "weinheim" }, providerName = new string('T', 5000), tags = new[] { new string('s', 500) },
        });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Träger darf höchstens 200 Zeichen", text);
        Assert.Contains("Schlagworte", text);
    }

    [Fact]
    public async Task A_case_opened_in_year_one_is_refused_instead_of_getting_code_1()
    {
        await TestAccounts.CreateAsync(_portal, "im.datum@eppelheim.example", "Manager", TestAccounts.DefaultPassword, "eppelheim");
        var manager = await ApiClient.SignedInAsync(_portal, "im.datum@eppelheim.example", TestAccounts.DefaultPassword);
        var response = await manager.PostAsJsonAsync("/api/v1/cases", new { municipality = "eppelheim", household = "SingleParent", householdSize = "ThreeToFour", openedOn = "0001-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Eröffnungsdatum muss zwischen 01.01.2000", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413_in_German()
    {
        var response = await _portal.CreateClient().PostAsync("/api/v1/volunteers",
            new StringContent($$"""{"email":"gross@ehrenamt.example","displayName":"{{Megabyte}}{{Megabyte}}"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("zu groß", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Every_text_column_has_a_maximum_length()
    {
        // Bodies of pages, versions and mails are documents, limited by the request size instead; the rest are
        // written by Identity and Data Protection, never typed by anyone.
        string[] documents =
        [
            "PageVariant.Body", "PageVariant.PublishedBody", "PageVersion.Body", "OutboxMessage.TextBody", "OutboxMessage.HtmlBody",
            "DataProtectionKey.Xml", "DataProtectionKey.FriendlyName", "PortalUser.PasswordHash", "PortalUser.SecurityStamp",
            "PortalUser.ConcurrencyStamp", "PortalUser.PhoneNumber", "PortalRole.ConcurrencyStamp",
        ];
        using var scope = _portal.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Model;
        var unbounded = model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is null).Select(p => $"{t.ClrType.Name}.{p.Name}"))
            .Where(name => !documents.Contains(name) && !name.StartsWith("Identity", StringComparison.Ordinal))
            .Order().ToList();

        Assert.True(unbounded.Count == 0, "Without a maximum length: " + string.Join(", ", unbounded));
    }

    private async Task<HttpClient> VolunteerAsync(string email)
    {
        var registered = await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new
        {
            email, password = "ein langes Ehrenamtspasswort", displayName = "Amsel lang", privacyConsent = true, municipalities = new[] { "weinheim" },
        });
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        return await ApiClient.SignedInAsync(_portal, email, "ein langes Ehrenamtspasswort");
    }
}
