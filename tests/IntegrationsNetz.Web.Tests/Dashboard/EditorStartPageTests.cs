using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Dashboard;

/// <summary>
/// An editor's start page names the translations to work on, each a link to its editor: the outdated ones first,
/// then the missing ones, at most ten, and the rest in the page list. Remchingen's demo pages are in German, English
/// and Arabic, so its other languages are missing.
/// </summary>
public sealed class EditorStartPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "redaktion@remchingen.example";

    [Fact]
    public async Task An_outdated_translation_is_listed_first_and_its_link_opens_the_translation_to_update()
    {
        await TestAccounts.EnsureAsync(factory, Editor, "Editor", "remchingen");
        var id = await OutdatedEnglishPageAsync();

        var session = new BrowserlessSession(factory);
        var start = await session.LoginAsync(Editor, TestAccounts.DefaultPassword);

        var items = start.Document.QuerySelectorAll("#translation-tasks a").ToList();
        Assert.Equal(10, items.Count);
        Assert.Equal("Elternabend (Remchingen), Englisch: älter als der deutsche Text", items[0].TextContent.Trim());
        Assert.Equal($"/backoffice/pages/{id}/en", items[0].GetAttribute("href"));
        Assert.All(items.Skip(1), a => Assert.EndsWith(": fehlt noch", a.TextContent.Trim(), StringComparison.Ordinal));

        // The task for the municipality leads to the one outdated translation too.
        var task = start.Document.QuerySelectorAll("#tasks a").Single(a => a.TextContent.Contains("Remchingen", StringComparison.Ordinal));
        Assert.Equal("1 Übersetzung in Remchingen ist älter als der deutsche Text", task.TextContent.Trim());
        Assert.Equal($"/backoffice/pages/{id}/en", task.GetAttribute("href"));

        var editor = await session.GetAsync(items[0].GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, editor.Status);
        Assert.Equal("veraltet", editor.Document.QuerySelector("[data-testid=state]")!.TextContent.Trim());
        Assert.Contains("Neuer Termin", editor.Document.QuerySelector("#source-diff")!.TextContent, StringComparison.Ordinal);

        var missing = await session.GetAsync(items[1].GetAttribute("href")!);
        Assert.Equal("fehlt", missing.Document.QuerySelector("[data-testid=state]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Beyond_ten_the_start_page_counts_them_all_and_leads_to_the_page_list_which_shows_the_same()
    {
        await TestAccounts.EnsureAsync(factory, Editor, "Editor", "remchingen");
        var session = new BrowserlessSession(factory);
        var start = await session.LoginAsync(Editor, TestAccounts.DefaultPassword);

        var all = start.Document.QuerySelectorAll("#content-heading ~ p a").Single();
        var list = await session.GetAsync(all.GetAttribute("href")!);
        var open = list.Document.QuerySelectorAll("tbody td:not([data-label='de']) a.state-missing, tbody td:not([data-label='de']) a.state-outdated").Length;
        Assert.True(open > 10);
        Assert.Equal($"Alle {open} Übersetzungen in der Seitenliste", all.TextContent.Trim());
    }

    /// <summary>A page with German and English published, then a German change: the English one is outdated.</summary>
    private async Task<Guid> OutdatedEnglishPageAsync()
    {
        var api = await ApiClient.SignedInAsync(factory, Editor, TestAccounts.DefaultPassword);
        var created = await api.PostAsJsonAsync("/api/v1/pages", new { owner = "remchingen", title = "Elternabend", body = "Im Herbst." });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await api.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null);
        await api.PutAsJsonAsync($"/api/v1/pages/{id}/variants/en", new { title = "Parents' evening", body = "In autumn." });
        await api.PostAsync($"/api/v1/pages/{id}/variants/en/publish", null);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de", new { title = "Elternabend", body = "Im Herbst. Neuer Termin im Oktober." })).StatusCode);
        await api.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null);
        return id;
    }
}
