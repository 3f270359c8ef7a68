using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Security;

/// <summary>Input that used to answer 500: now 400 with a German text naming the field, and nothing of the value in the log.</summary>
public sealed class InputErrorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string Huge = "X" + new string('ü', 60_000) + "ENDE-DES-WERTS";

    // Small enough to stay below the form value limit, so the binder (not the form reader) meets it.
    private static readonly string Unreadable = "X" + new string('ü', 5_000) + "ENDE-DES-WERTS";

    public static TheoryData<string, string, string, string> Bodies => new()
    {
        { "POST", "/api/v1/volunteers", """{"email":"a@ehrenamt.example","password":"ein langes passwort 123","displayName":"A","privacyConsent":true,"municipalities":["weinheim"],"languages":[null]}""", "languages" },
        { "PUT", "/api/v1/offers/00000000-0000-0000-0000-000000000001", """{"kind":"Authority","texts":[null]}""", "texts" },
        { "POST", "/api/v1/offers", """{"kind":"Authority","authorityType":"Buergeramt","slug":"x","texts":null}""", "title" },
        { "POST", "/api/v1/offers", """{"kind":"Authority","authorityType":"Buergeramt","slug":"x","texts":[null]}""", "texts" },
        { "POST", "/api/v1/offers", """{"kind":"Authority","authorityType":"Buergeramt","slug":"x","texts":[{"culture":"de","title":"T"}],"municipalities":null}""", "municipalities" },
        { "POST", "/api/v1/offers", """{"kind":"Authority","authorityType":"Buergeramt","slug":"x","texts":[{"culture":"de","title":"T"}],"municipalities":["weinheim"],"tags":[null]}""", "tags" },
        { "POST", "/api/v1/volunteers", """{"email":"a@ehrenamt.example","privacyConsent":"HUGE"}""", "privacyConsent" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Malformed_JSON_answers_400_naming_the_field(string method, string url, string body, string field)
    {
        var admin = await ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(body.Replace("HUGE", Huge, StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("[äöüß]|Bitte|nicht|ist", JsonDocument.Parse(text).RootElement.GetProperty("title").GetString()!);
        AssertLogsHoldNoBody();
    }

    [Fact]
    public async Task The_own_profile_refuses_null_languages()
    {
        var client = factory.CreateClient();
        var email = "profil.null@ehrenamt.example";
        await client.PostAsync("/api/v1/volunteers", Json(new { email, password = "ein langes Ehrenamtspasswort", displayName = "Amsel", privacyConsent = true, municipalities = new[] { "weinheim" } }));
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(factory.Services))
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Accounts.PortalUser>>(scope.ServiceProvider);
            var user = (await users.FindByEmailAsync(email))!;
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        var volunteer = await ApiClient.SignedInAsync(factory, email, "ein langes Ehrenamtspasswort");
        var response = await volunteer.PutAsync("/api/v1/volunteers/me", new StringContent("""{"displayName":"Amsel","municipalities":["weinheim"],"languages":[null]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("languages", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_multipart_import_without_a_boundary_is_a_400()
    {
        var admin = await ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var content = new ByteArrayContent("Titel;Art\n"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        var response = await admin.PostAsync("/api/v1/offers/import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("multipart/form-data mit Boundary", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/de/mitmachen", "main form", "Input.PrivacyConsent")]
    [InlineData("/backoffice/login", "form", "Input.RememberMe")]
    public async Task A_check_box_that_is_not_a_boolean_answers_a_German_400_page(string url, string form, string field)
    {
        var session = new BrowserlessSession(factory);
        var page = await session.SubmitAsync(await session.GetAsync(url), form, new Dictionary<string, string>
        {
            ["Input.Email"] = "kasten@ehrenamt.example",
            ["Input.Password"] = "ein langes Ehrenamtspasswort",
            [field] = Unreadable,
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("nicht lesbar", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains(field.Split('.')[1], page.Document.QuerySelector("main")!.TextContent);
        AssertLogsHoldNoBody();
    }

    [Theory]
    [InlineData("/error")]
    [InlineData("/status/500")]
    [InlineData("/status/429")]
    public async Task The_error_pages_asked_for_directly_are_not_found(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private void AssertLogsHoldNoBody() =>
        Assert.DoesNotContain(factory.Logs, line => line.Contains("ENDE-DES-WERTS", StringComparison.Ordinal) || line.Contains("üüüüüüüüüü", StringComparison.Ordinal));

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
