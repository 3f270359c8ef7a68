using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Volunteers;

/// <summary>The coordinators' volunteer list and the Führungszeugnis check through the API.</summary>
public sealed class VolunteersBackOfficeApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_coordinator_lists_the_volunteers_of_their_municipalities_and_records_a_conduct_certificate()
    {
        var weinheim = await RegisterAsync("amsel@ehrenamt.example", "Amsel", "weinheim");
        var goeppingen = await RegisterAsync("drossel@ehrenamt.example", "Drossel", "goeppingen");
        var coordinator = await CoordinatorAsync("koordination@weinheim.example", "weinheim");

        var list = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/volunteers")).EnumerateArray().ToList();
        var amsel = Assert.Single(list, v => v.GetProperty("id").GetGuid() == weinheim);
        Assert.Equal("amsel@ehrenamt.example", amsel.GetProperty("email").GetString());
        Assert.Equal("AwaitingApproval", amsel.GetProperty("status").GetString());
        Assert.DoesNotContain(list, v => v.GetProperty("id").GetGuid() == goeppingen);

        var seenOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        var recorded = await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{weinheim}/conduct-certificate", new { seenOn = seenOn.ToString("dd.MM.yyyy") });
        Assert.Equal(HttpStatusCode.NoContent, recorded.StatusCode);

        amsel = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/volunteers")).EnumerateArray().Single(v => v.GetProperty("id").GetGuid() == weinheim);
        Assert.Equal(seenOn, DateOnly.Parse(amsel.GetProperty("conductCertificateSeenOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(seenOn.AddYears(5), DateOnly.Parse(amsel.GetProperty("conductCertificateRecheckOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_bad_certificate_date_is_a_German_problem_naming_the_field_and_records_nothing()
    {
        var id = await RegisterAsync("meise@ehrenamt.example", "Meise", "weinheim");
        var coordinator = await CoordinatorAsync("koordination@weinheim.example", "weinheim");

        await ProblemAssert.FieldAsync(await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{id}/conduct-certificate", new { seenOn = "gestern" }), "seenOn", "Führungszeugnis");
        await ProblemAssert.FieldAsync(await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{id}/conduct-certificate", new { seenOn = "2099-01-01" }), "seenOn", "Zukunft");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{Guid.NewGuid()}/conduct-certificate", new { seenOn = "2026-11-02" })).StatusCode);

        var meise = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/volunteers")).EnumerateArray().Single(v => v.GetProperty("id").GetGuid() == id);
        Assert.Equal(JsonValueKind.Null, meise.GetProperty("conductCertificateSeenOn").ValueKind);
    }

    [Fact]
    public async Task Editors_and_volunteers_get_403_and_a_coordinator_elsewhere_sees_none_of_them()
    {
        var id = await RegisterAsync("fink@ehrenamt.example", "Fink", "weinheim");
        await TestAccounts.EnsureAsync(factory, "redaktion@weinheim.example", "Editor", "weinheim");
        var editor = await ApiClient.SignedInAsync(factory, "redaktion@weinheim.example", TestAccounts.DefaultPassword);
        var volunteer = await ApiClient.SignedInAsync(factory, "fink@ehrenamt.example", Password);
        foreach (var client in new[] { editor, volunteer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/volunteers")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/volunteers/{id}/conduct-certificate", new { seenOn = "2026-11-02" })).StatusCode);
        }

        var elsewhere = await CoordinatorAsync("koordination@goeppingen.example", "goeppingen");
        Assert.DoesNotContain((await elsewhere.GetFromJsonAsync<JsonElement>("/api/v1/volunteers")).EnumerateArray(), v => v.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/volunteers")).StatusCode);
    }

    private const string Password = "ein langes Ehrenamtspasswort";

    /// <summary>Registers and confirms through the public API, as a volunteer does; the profile then waits for approval.</summary>
    private async Task<Guid> RegisterAsync(string email, string name, string municipality)
    {
        var registered = await factory.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new
        {
            email, password = Password, displayName = name, privacyConsent = true, municipalities = new[] { municipality }, skills = new[] { "homework" },
        });
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        var link = TestAccounts.LinkIn(await TestAccounts.LatestMailToAsync(factory, email));
        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"];
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsJsonAsync("/api/v1/volunteers/confirm", new { token })).StatusCode);
        var me = await (await ApiClient.SignedInAsync(factory, email, Password)).GetFromJsonAsync<JsonElement>("/api/v1/volunteers/me");
        return me.GetProperty("id").GetGuid();
    }

    private async Task<HttpClient> CoordinatorAsync(string email, string municipality)
    {
        await TestAccounts.EnsureAsync(factory, email, "Coordinator", municipality);
        return await ApiClient.SignedInAsync(factory, email, TestAccounts.DefaultPassword);
    }
}
