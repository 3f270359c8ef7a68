using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using IntegrationsNetz.Web.Search;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Search;

/// <summary>An administrator changes the search's vocabulary in the back office or through the API; the search uses it at once.</summary>
public sealed class SynonymEditingTests(SynonymEditingTests.OwnContent factory) : IClassFixture<SynonymEditingTests.OwnContent>, IAsyncLifetime
{
    /// <summary>A copy of the demo content, so saving the list never changes the repository's file.</summary>
    public sealed class OwnContent() : PortalFactory(new() { ["IntegrationsNetz:ContentDirectory"] = TestPaths.CopyDirectory(TestPaths.DemoContent, "content") })
    {
        public string SynonymsPath => Service<SearchSynonymsFile>().Path;
    }

    public async ValueTask InitializeAsync() => await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_administrator_adds_a_synonym_in_the_back_office_and_the_search_finds_the_offer_at_once()
    {
        var before = await SearchAsync("q=Konversation");
        Assert.DoesNotContain(Titles(before), t => t.Contains("Sprachcafé", StringComparison.Ordinal));

        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var page = await session.GetAsync("/backoffice/search/synonyms");
        var list = page.Document.QuerySelector("textarea#Text")!.TextContent;
        Assert.Contains("Sprachtreff, Sprachcafé, Erzählcafé", list, StringComparison.Ordinal);

        var saved = await session.SubmitAsync(page, "form.form", new Dictionary<string, string> { ["Text"] = list + "Sprachcafé, Konversation\n" });

        Assert.Equal("/backoffice/search/synonyms", saved.Path);
        Assert.Contains("Synonymliste gespeichert", saved.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("Sprachcafé, Konversation\n", await File.ReadAllTextAsync(factory.SynonymsPath), StringComparison.Ordinal);
        var after = await SearchAsync("q=Konversation");
        Assert.Contains("Sprachcafé", Titles(after)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_the_list_cannot_read_is_named_in_German_and_nothing_is_saved()
    {
        var original = await File.ReadAllTextAsync(factory.SynonymsPath);
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var page = await session.GetAsync("/backoffice/search/synonyms");

        var refused = await session.SubmitAsync(page, "form.form", new Dictionary<string, string> { ["Text"] = "Kita, Kindergarten\n# gut\nEinzelwort\n" });

        Assert.Equal("Zeile 3: erwartet „Wort, Wort“ oder „Wort => Wort, Wort“.", refused.Document.QuerySelector(".errors li")!.TextContent);
        Assert.Contains("Einzelwort", refused.Document.QuerySelector("textarea#Text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(original, await File.ReadAllTextAsync(factory.SynonymsPath));

        var api = await ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var response = await api.PutAsJsonAsync("/api/v1/search/synonyms", new { text = "Kita => Kindertagesstätte => Krippe" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Zeile 1: „=>“ darf nur einmal vorkommen.", problem.GetProperty("errors").GetProperty("text")[0].GetString());
        var empty = await api.PutAsJsonAsync("/api/v1/search/synonyms", new { text = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(original, await File.ReadAllTextAsync(factory.SynonymsPath));
    }

    [Fact]
    public async Task The_API_reads_and_replaces_the_list_and_a_change_of_the_file_from_another_node_is_picked_up()
    {
        var api = await ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var current = await api.GetFromJsonAsync<JsonElement>("/api/v1/search/synonyms");
        var text = current.GetProperty("text").GetString()!;
        Assert.Contains("Arbeitsamt", text, StringComparison.Ordinal);

        var put = await api.PutAsJsonAsync("/api/v1/search/synonyms", new { text = text + "Lernpatenschaft => Sprachcafé\n" });
        put.EnsureSuccessStatusCode();
        Assert.Contains("Sprachcafé", Titles(await SearchAsync("q=Lernpatenschaft"))[0], StringComparison.Ordinal);

        // Another node on the same content folder saved a list: this node's next stamp check uses it.
        await File.WriteAllTextAsync(factory.SynonymsPath, text + "Plaudertreff => Sprachcafé\n");
        // (The background check may get there first; either way the list is in use afterwards.)
        factory.Service<SearchSynonymsEditor>().ReloadIfChanged();
        Assert.Contains("Sprachcafé", Titles(await SearchAsync("q=Plaudertreff"))[0], StringComparison.Ordinal);
        Assert.False(factory.Service<SearchSynonymsEditor>().ReloadIfChanged());
    }

    private static List<string> Titles(JsonElement result) =>
        result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();

    private async Task<JsonElement> SearchAsync(string query) =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?" + query);
}
