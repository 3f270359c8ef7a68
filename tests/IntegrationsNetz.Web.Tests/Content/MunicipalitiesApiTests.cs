using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Content;

public sealed class MunicipalitiesApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_municipalities_come_with_their_slugs_and_districts()
    {
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities");

        var oftersheim = list.EnumerateArray().Single(m => m.GetProperty("slug").GetString() == "oftersheim");
        Assert.Equal("Oftersheim", oftersheim.GetProperty("name").GetString());
        Assert.Equal("Rhein-Neckar-Kreis", oftersheim.GetProperty("district").GetString());
        Assert.Equal(13, list.GetArrayLength());
    }

    [Fact]
    public async Task Published_pages_come_in_the_asked_culture_with_German_where_a_translation_is_missing()
    {
        var pages = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities/goeppingen/pages?culture=ar");

        var arriving = pages.EnumerateArray().Single(p => p.GetProperty("path").GetString() == "ankommen");
        Assert.Equal("ar", arriving.GetProperty("culture").GetString());
        Assert.False(arriving.GetProperty("isFallback").GetBoolean());
        var work = pages.EnumerateArray().Single(p => p.GetProperty("path").GetString() == "arbeit-und-ausbildung");
        Assert.Equal("de", work.GetProperty("culture").GetString());
        Assert.True(work.GetProperty("isFallback").GetBoolean());
        Assert.Equal("/ar/goeppingen/arbeit-und-ausbildung", work.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_unknown_culture_is_a_400_problem_naming_the_parameter()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/municipalities/oftersheim/pages?culture=klingonisch");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("culture", out _));
    }

    [Fact]
    public async Task An_unknown_municipality_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/municipalities/atlantis/pages");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_API_route_is_a_404_problem_not_an_HTML_page()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
