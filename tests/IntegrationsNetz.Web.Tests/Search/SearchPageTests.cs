using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Search;

/// <summary>The search as a new visitor meets it on the demo directory: the page on a phone and in every language, and the API.</summary>
public sealed class SearchPageTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_query_no_offer_fully_matches_answers_with_partial_matches_in_the_API_and_on_the_page()
    {
        var api = await SearchAsync("q=Jobcenter+Weinheim+Parkhaus");
        Assert.True(api.GetProperty("partial").GetBoolean());
        Assert.Equal("/de/angebote/jobcenter-weinheim", api.GetProperty("items")[0].GetProperty("url").GetString());
        Assert.False((await SearchAsync("q=Jobcenter+Weinheim")).GetProperty("partial").GetBoolean());

        var page = await new BrowserlessSession(factory).GetAsync("/de/suche?q=Jobcenter+Weinheim+Parkhaus");
        Assert.Equal("Keine Treffer für alle Wörter. Angebote, die zu einem Teil passen:", page.Document.QuerySelector(".partial-note")!.TextContent);
        Assert.StartsWith("/de/angebote/jobcenter-weinheim?", page.Document.QuerySelector(".result-list a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Arbeitsamt", "/de/angebote/agentur-fuer-arbeit-")]
    [InlineData("Ausländeramt", "/de/angebote/auslaenderbehoerde-")]
    [InlineData("EQ", "/de/angebote/einstiegsqualifizierung-")]
    [InlineData("BSK", "/de/angebote/berufssprachkurs-")]
    public async Task The_synonyms_file_of_the_content_folder_is_applied_to_queries(string q, string firstUrl)
    {
        var result = await SearchAsync("q=" + Uri.EscapeDataString(q));

        Assert.StartsWith(firstUrl, result.GetProperty("items")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deutschkurs_finds_every_German_course_of_the_demo_directory()
    {
        var courses = (await SearchAsync("kind=LanguageCourse")).GetProperty("total").GetInt32();

        var result = await SearchAsync("q=Deutschkurs");

        Assert.Equal(courses, result.GetProperty("facets").GetProperty("kind").GetProperty("LanguageCourse").GetInt32());
    }

    [Fact]
    public async Task A_place_sorts_by_distance_and_the_page_offers_a_place_and_distance_behind_the_filter_control()
    {
        var api = await SearchAsync("q=Sprachcafé&near=Weinheim&radiusKm=50");
        var distances = api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.NotEmpty(distances);
        Assert.Equal(distances.Order(), distances);

        var page = await new BrowserlessSession(factory).GetAsync("/de/suche?q=Sprachcaf%C3%A9&near=weinheim&radiusKm=20");
        var filters = page.Document.QuerySelector("details.facets")!;
        Assert.Equal("Filter (1)", filters.QuerySelector("summary")!.TextContent);
        Assert.Equal("Weinheim", filters.QuerySelector("input#near")!.GetAttribute("value"));
        Assert.Equal("20", filters.QuerySelector("select#radiusKm option[selected]")!.GetAttribute("value"));
        Assert.Contains(page.Document.QuerySelectorAll(".chips a"), a => a.TextContent.Contains("20 km um Weinheim", StringComparison.Ordinal));
        Assert.Contains("km entfernt", page.Document.QuerySelector(".result-list .meta")!.TextContent);
    }

    [Theory]
    [InlineData("en", "Vocational language course", "in person")]
    [InlineData("uk", "Професійний мовний курс", "очно")]
    [InlineData("ar", "دورة لغة مهنية", "حضوري")]
    [InlineData("tr", "Mesleki dil kursu", "yüz yüze")]
    public async Task Filter_values_are_translated_and_municipalities_shown_by_name(string culture, string courseType, string format)
    {
        var page = await new BrowserlessSession(factory).GetAsync($"/{culture}/suche?kind=LanguageCourse");

        Assert.Contains(page.Document.QuerySelectorAll("ul[data-facet='courseType'] a"), a => a.TextContent.Contains(courseType, StringComparison.Ordinal));
        Assert.Contains(page.Document.QuerySelectorAll("ul[data-facet='format'] a"), a => a.TextContent.Contains(format, StringComparison.Ordinal));
        var municipalities = page.Document.QuerySelectorAll("ul[data-facet='municipality'] a").Select(a => a.TextContent).ToList();
        Assert.Contains(municipalities, m => m.Contains("Göppingen", StringComparison.Ordinal));
        Assert.Contains(municipalities, m => m.Contains("Lahr/Schwarzwald", StringComparison.Ordinal));
        Assert.DoesNotContain(municipalities, m => m.Contains("goeppingen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_search_page_has_no_aria_pressed_on_links_and_no_status_role_on_its_heading()
    {
        var page = await new BrowserlessSession(factory).GetAsync("/de/suche?q=Deutschkurs&freeSeats=true&kind=LanguageCourse");

        Assert.Empty(page.Document.QuerySelectorAll("[aria-pressed]"));
        Assert.Empty(page.Document.QuerySelectorAll("h2[role]"));
        Assert.NotNull(page.Document.QuerySelector("details.facets > summary"));
    }

    [Fact]
    public async Task A_municipality_page_links_to_the_offers_in_and_near_it_by_kind()
    {
        var session = new BrowserlessSession(factory);
        var page = await session.GetAsync("/de/eppelheim");
        var courses = page.Document.QuerySelectorAll(".nearby-offers a").Single(a => a.TextContent.StartsWith("Sprachkurs (", StringComparison.Ordinal));

        var search = await session.GetAsync(courses.GetAttribute("href")!);

        var count = courses.TextContent.Split('(', ')')[1];
        Assert.Equal($"{count} Treffer", search.Document.QuerySelector("#results-heading")!.TextContent);
        Assert.Contains(search.Document.QuerySelectorAll(".chips a"), a => a.TextContent.Contains("20 km um Eppelheim", StringComparison.Ordinal));
        var distances = search.Document.QuerySelectorAll(".result-list .meta").Select(m => m.TextContent).ToList();
        Assert.All(distances, d => Assert.Contains("km entfernt", d));
    }

    private async Task<JsonElement> SearchAsync(string query) =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?" + query);
}
