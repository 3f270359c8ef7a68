using System.Globalization;
using AngleSharp.Html.Dom;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Search;

/// <summary>A visitor on a phone without JavaScript gives a place and a distance in the filter form of the search page.</summary>
public sealed class PlaceSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("Eppelheim")]
    [InlineData("69214")]
    public async Task A_place_and_10_km_from_the_filter_form_show_the_nearest_offer_first_and_no_far_away_one(string place)
    {
        var session = new BrowserlessSession(factory);
        var search = await session.GetAsync("/de/suche?kind=LanguageCourse");

        var near = await session.GetAsync(GetFormUrl(search, "form.near-form", new() { ["near"] = place, ["radiusKm"] = "10" }));

        // Every language course by distance from Eppelheim, through the API: the nearest is the one the page must show first.
        var all = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?kind=LanguageCourse&near=eppelheim&pageSize=100");
        var nearest = all.GetProperty("items")[0];
        var results = near.Document.QuerySelectorAll(".result-list > li").ToList();
        Assert.NotEmpty(results);
        Assert.Equal(nearest.GetProperty("title").GetString(), results[0].QuerySelector("h3")!.TextContent);
        var distances = results.Select(r => Distance(r.QuerySelector(".meta")!.TextContent)).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 10));

        // A course far away (Göppingen, about 100 km) is in the directory but not within 10 km.
        Assert.Contains(all.GetProperty("items").EnumerateArray(), i => i.GetProperty("municipality").GetString() == "goeppingen");
        Assert.DoesNotContain(results, r => r.QuerySelector(".meta")!.TextContent.Contains("Göppingen", StringComparison.Ordinal));
        // A postcode is named as the municipality it belongs to, in the chip and in the field.
        Assert.Contains(near.Document.QuerySelectorAll(".chips a"), a => a.TextContent.Contains("10 km um Eppelheim", StringComparison.Ordinal));
        Assert.Equal("Eppelheim", near.Document.QuerySelector("input#near")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Every_kind_link_of_a_municipality_page_leads_to_as_many_offers_near_it_as_it_says()
    {
        var session = new BrowserlessSession(factory);
        var page = await session.GetAsync("/de/eppelheim");
        var links = page.Document.QuerySelectorAll(".nearby-offers a").Where(a => a.TextContent.Contains('(', StringComparison.Ordinal)).ToList();

        // Language courses, internships, volunteer circles and authorities are all in and around Eppelheim in the demo.
        Assert.Superset(new HashSet<string> { "Sprachkurs", "Praktikum", "Ehrenamtlicher Kreis", "Amt oder Beratungsstelle" }, links.Select(a => a.TextContent.Split(" (")[0]).ToHashSet());
        foreach (var link in links)
        {
            var search = await session.GetAsync(link.GetAttribute("href")!);
            Assert.Equal($"{link.TextContent.Split('(', ')')[1]} Treffer", search.Document.QuerySelector("#results-heading")!.TextContent);
            Assert.Contains(search.Document.QuerySelectorAll(".chips a"), a => a.TextContent.Contains("um Eppelheim", StringComparison.Ordinal));
            Assert.NotEmpty(search.Document.QuerySelectorAll(".result-list > li"));
        }
    }

    [Fact]
    public async Task A_place_the_portal_does_not_know_is_named_and_changes_nothing()
    {
        var page = await new BrowserlessSession(factory).GetAsync("/de/suche?near=Atlantis&radiusKm=10");

        Assert.Equal(400, (int)page.Status);
        Assert.Contains("„Atlantis“ ist weder eine Gemeinde noch eine Postleitzahl im Portal.", page.Document.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Where a browser goes when it sends the GET form: its action with the form's fields (the session only posts).</summary>
    private static string GetFormUrl(WebPage page, string selector, Dictionary<string, string> typed)
    {
        var form = (IHtmlFormElement)page.Document.QuerySelector(selector)!;
        Assert.Equal("get", form.Method, StringComparer.OrdinalIgnoreCase);
        var fields = form.Elements.OfType<IHtmlInputElement>().Select(i => (i.Name!, typed.GetValueOrDefault(i.Name!) ?? i.Value))
            .Concat(form.Elements.OfType<IHtmlSelectElement>().Select(s => (s.Name!, typed.GetValueOrDefault(s.Name!) ?? s.Value ?? string.Empty)));
        var builder = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        return form.GetAttribute("action") + builder.ToQueryString();
    }

    // "Sprachkurs · Eppelheim · 1,2 km entfernt": the number before "km".
    private static double Distance(string meta)
    {
        var words = meta.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return double.Parse(words[Array.IndexOf(words, "km") - 1], NumberStyles.Float, CultureInfo.GetCultureInfo("de"));
    }
}
