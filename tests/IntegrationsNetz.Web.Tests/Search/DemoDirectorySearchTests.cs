using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Search;

/// <summary>The searches an integration manager runs on the demo directory, through the API and the HTML page.</summary>
public sealed class DemoDirectorySearchTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Deutschkurs_mit_Kinderbetreuung_in_Eppelheim_finds_the_course_first()
    {
        var result = await SearchAsync("q=Deutschkurs+mit+Kinderbetreuung&municipality=eppelheim");

        var first = result.GetProperty("items")[0];
        Assert.Equal("/de/angebote/deutschkurs-mit-kinderbetreuung-eppelheim", first.GetProperty("url").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString());
        Assert.Equal(result.GetProperty("total").GetInt32(), result.GetProperty("facets").GetProperty("municipality").GetProperty("eppelheim").GetInt32());
    }

    [Theory]
    [InlineData("Buergeramt")]
    [InlineData("Bürgeramt")]
    [InlineData("Burgeramt")]
    public async Task Every_spelling_of_Buergeramt_finds_the_Buergeraemter(string q)
    {
        var result = await SearchAsync($"q={Uri.EscapeDataString(q)}&municipality=eppelheim");

        Assert.Equal("/de/angebote/buergeramt-eppelheim", result.GetProperty("items")[0].GetProperty("url").GetString());
        var all = await SearchAsync($"q={Uri.EscapeDataString(q)}");
        Assert.True(all.GetProperty("facets").GetProperty("kind").GetProperty("Authority").GetInt32() >= 13);
    }

    [Fact]
    public async Task Integrationskurz_finds_the_Integrationskurse()
    {
        var result = await SearchAsync("q=Integrationskurz&pageSize=50");

        var titles = result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.True(titles.Count(t => t.Contains("Integrationskurs", StringComparison.Ordinal)) >= 10, string.Join(" | ", titles));
    }

    [Fact]
    public async Task Each_facet_count_equals_the_hits_when_that_facet_is_applied()
    {
        var result = await SearchAsync("q=Deutschkurs");
        var facets = result.GetProperty("facets");
        foreach (var (facet, parameter) in new[] { ("kind", "kind"), ("municipality", "municipality"), ("level", "level"), ("courseType", "courseType"), ("cost", "cost") })
        {
            // Without values the loop below would check nothing: the demo's German courses fill every facet.
            Assert.NotEmpty(facets.GetProperty(facet).EnumerateObject());
            foreach (var value in facets.GetProperty(facet).EnumerateObject())
            {
                var filtered = await SearchAsync($"q=Deutschkurs&{parameter}={value.Name}");
                Assert.Equal(value.Value.GetInt32(), filtered.GetProperty("total").GetInt32());
            }
        }

        Assert.NotEmpty(facets.GetProperty("childcare").EnumerateObject());
        foreach (var value in facets.GetProperty("childcare").EnumerateObject())
        {
            var filtered = await SearchAsync($"q=Deutschkurs&childcare={(value.Name == "ja" ? "true" : "false")}");
            Assert.Equal(value.Value.GetInt32(), filtered.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Near_a_postcode_with_a_radius_sorts_by_distance()
    {
        var result = await SearchAsync("kind=Authority&near=69214&radiusKm=8&sort=distance&pageSize=100");

        var distances = result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 8));
        Assert.Equal(distances.Order(), distances);
        Assert.DoesNotContain(result.GetProperty("items").EnumerateArray(), i => i.GetProperty("municipality").GetString() is "goeppingen" or "achern");
    }

    [Fact]
    public async Task The_search_page_without_JavaScript_gives_the_same_answer_as_the_API()
    {
        var api = await SearchAsync("q=Deutschkurs+mit+Kinderbetreuung&municipality=eppelheim");
        var page = await new BrowserlessSession(factory).GetAsync("/de/suche?q=Deutschkurs+mit+Kinderbetreuung");
        var eppelheim = page.Document.QuerySelectorAll("ul[data-facet='municipality'] a").Single(a => a.QuerySelector(".count")!.GetAttribute("data-value") == "eppelheim");

        var filtered = await new BrowserlessSession(factory).GetAsync(eppelheim.GetAttribute("href")!);

        Assert.Equal($"{api.GetProperty("total").GetInt32()} Treffer", filtered.Document.QuerySelector("#results-heading")!.TextContent);
        var offerLink = filtered.Document.QuerySelector(".result-list a")!.GetAttribute("href")!;
        Assert.StartsWith("/de/angebote/deutschkurs-mit-kinderbetreuung-eppelheim?suche=", offerLink, StringComparison.Ordinal);

        // "Zurück zur Suche" on the offer leads to the same search, query and filter included.
        var offer = await new BrowserlessSession(factory).GetAsync(offerLink);
        var back = offer.Document.QuerySelectorAll(".offer-actions a").Single(a => a.TextContent == "Zur Suche").GetAttribute("href")!;
        var again = await new BrowserlessSession(factory).GetAsync(back);
        Assert.Equal("Deutschkurs mit Kinderbetreuung", again.Document.QuerySelector("#q")!.GetAttribute("value"));
        Assert.Equal(filtered.Document.QuerySelector("#results-heading")!.TextContent, again.Document.QuerySelector("#results-heading")!.TextContent);
        Assert.Contains(again.Document.QuerySelectorAll(".chips a"), a => a.TextContent.Contains("Gemeinde: Eppelheim", StringComparison.Ordinal));
    }

    private async Task<JsonElement> SearchAsync(string query) =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?" + query);
}
