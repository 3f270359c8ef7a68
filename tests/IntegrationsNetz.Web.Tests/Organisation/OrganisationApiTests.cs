using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Organisation;

/// <summary>Districts, municipalities, providers, cooperations and teams through the API, as the back office keeps them.</summary>
public sealed class OrganisationApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static object Town(string slug, string name, Guid? districtId = null, string officialKey = "08226999") => new
    {
        name, slug, officialKey, districtId, postcodes = new[] { "69123", " 69124 " }, latitude = 49.41, longitude = 8.69,
    };

    [Fact]
    public async Task An_administrator_builds_a_district_with_a_town_a_provider_a_cooperation_and_a_team()
    {
        var admin = await AdminAsync();
        var district = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/districts", new { name = "Landkreis Beispiel", slug = "landkreis-beispiel", officialKey = "08999" }));
        var districtId = district.GetProperty("id").GetGuid();
        var town = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/municipalities", Town("beispielstadt", "Beispielstadt", districtId)));
        var townId = town.GetProperty("id").GetGuid();
        Assert.Equal(["69123", "69124"], town.GetProperty("postcodes").EnumerateArray().Select(p => p.GetString()));
        var provider = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/providers", new { name = "Beispiel-Diakonie", slug = "beispiel-diakonie", email = "integration@diakonie.example" }));
        var providerId = provider.GetProperty("id").GetGuid();
        var cooperation = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/cooperations",
            new { name = "Verbund Beispiel", slug = "verbund-beispiel", municipalityIds = new[] { townId }, providerIds = new[] { providerId } }));
        var team = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/teams",
            new { name = "Tandem Beispiel", slug = "tandem-beispiel", kind = "Tandem", districtId, providerId, municipalityIds = new[] { townId } }));

        var publicList = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        var listed = publicList.EnumerateArray().Single(m => m.GetProperty("slug").GetString() == "beispielstadt");
        Assert.Equal("Landkreis Beispiel", listed.GetProperty("district").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/de/beispielstadt")).StatusCode);

        Assert.Equal([townId], (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/cooperations/{cooperation.GetProperty("id").GetGuid()}"))
            .GetProperty("municipalityIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal("Tandem", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{team.GetProperty("id").GetGuid()}")).GetProperty("kind").GetString());
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/v1/providers")).EnumerateArray(), p => p.GetProperty("slug").GetString() == "beispiel-diakonie");
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/v1/districts")).EnumerateArray(), d => d.GetProperty("id").GetGuid() == districtId);
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/v1/cooperations")).EnumerateArray(), c => c.GetProperty("slug").GetString() == "verbund-beispiel");
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/v1/teams")).EnumerateArray(), t => t.GetProperty("slug").GetString() == "tandem-beispiel");
    }

    [Fact]
    public async Task Updates_show_on_the_public_site_and_deletes_remove_the_item()
    {
        var admin = await AdminAsync();
        var town = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/municipalities", Town("umbenannt", "Altdorf", officialKey: "08226998")));
        var id = town.GetProperty("id").GetGuid();

        var updated = await admin.PutAsJsonAsync($"/api/v1/municipalities/{id}", Town("umbenannt", "Neudorf", officialKey: "08226998"));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var listed = (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities")).EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
        Assert.Equal("Neudorf", listed.GetProperty("name").GetString());

        var provider = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/providers", new { name = "Kurzlebig", slug = "kurzlebig" }));
        var providerId = provider.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/providers/{providerId}", new { name = "Kurzlebig e. V.", slug = "kurzlebig", website = "https://kurzlebig.example" })).StatusCode);
        Assert.Equal("https://kurzlebig.example", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/providers/{providerId}")).GetProperty("website").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/providers/{providerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/providers/{providerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/municipalities/{id}")).StatusCode);
        Assert.DoesNotContain((await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities")).EnumerateArray(), m => m.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/teams/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_German_problem_naming_the_field_and_nothing_is_saved()
    {
        var admin = await AdminAsync();
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/municipalities", Town("falscher-schluessel", "Falschdorf", officialKey: "123")), "officialKey", "8 Ziffern");
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/municipalities", Town("irgendwo", "Irgendwo", Guid.NewGuid())), "districtId", "Landkreis");
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/districts", new { name = "", slug = "ohne-name" }), "name", "Name ist erforderlich.");
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/providers", new { name = "Ohne Web", slug = "ohne-web", website = "ftp://x" }), "website", "");
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/cooperations",
            new { name = "Geisterverbund", slug = "geisterverbund", municipalityIds = new[] { Guid.NewGuid() } }), "municipalityIds", "Gemeinde");
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/teams", new { name = "Zirkel", slug = "zirkel", kind = "Zirkel" }), "kind", "Zirkel");
        var weinheim = (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities")).EnumerateArray().Single(m => m.GetProperty("slug").GetString() == "weinheim");
        var weinheimId = weinheim.GetProperty("id").GetGuid();
        await ProblemAssert.FieldAsync(await admin.PutAsJsonAsync($"/api/v1/municipalities/{weinheimId}", Town("api", "Weinheim", officialKey: weinheim.GetProperty("officialKey").GetString()!)), "slug", "");

        var towns = (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities")).EnumerateArray().Select(m => m.GetProperty("slug").GetString()).ToList();
        Assert.DoesNotContain("falscher-schluessel", towns);
        Assert.DoesNotContain("irgendwo", towns);
        Assert.Contains("weinheim", towns);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/v1/teams")).EnumerateArray(), t => t.GetProperty("slug").GetString() == "zirkel");
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/v1/cooperations")).EnumerateArray(), c => c.GetProperty("slug").GetString() == "geisterverbund");
    }

    [Fact]
    public async Task Coordinators_may_work_with_the_organisation_but_editors_and_volunteers_may_not()
    {
        await TestAccounts.EnsureAsync(factory, "koordination@weinheim.example", "Coordinator", "weinheim");
        var coordinator = await ApiClient.SignedInAsync(factory, "koordination@weinheim.example", TestAccounts.DefaultPassword);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/v1/teams")).StatusCode);

        await TestAccounts.EnsureAsync(factory, "redaktion@weinheim.example", "Editor", "weinheim");
        var editor = await ApiClient.SignedInAsync(factory, "redaktion@weinheim.example", TestAccounts.DefaultPassword);
        await TestAccounts.EnsureAsync(factory, "helfer@weinheim.example", "Volunteer");
        var volunteer = await ApiClient.SignedInAsync(factory, "helfer@weinheim.example", TestAccounts.DefaultPassword);
        foreach (var client in new[] { editor, volunteer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/districts", new { name = "Verboten", slug = "verboten" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/cooperations")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/municipalities/{Guid.NewGuid()}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/v1/providers", new { name = "Anonym", slug = "anonym" })).StatusCode);
        Assert.DoesNotContain((await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/districts")).EnumerateArray(), d => d.GetProperty("slug").GetString() == "verboten");
    }

    private Task<HttpClient> AdminAsync() => ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword);

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var item = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith($"/{item.GetProperty("id").GetGuid()}", response.Headers.Location!.ToString());
        return item;
    }
}
