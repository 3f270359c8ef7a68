using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Content;

/// <summary>The page editor through the API: what an app does there, visitors see on the public site.</summary>
public sealed class PagesApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_page_created_and_published_through_the_api_is_visible_at_its_public_address_until_it_is_unpublished()
    {
        var editor = await EditorAsync("redaktion@weinheim.example", "weinheim");
        var created = await editor.PostAsJsonAsync("/api/v1/pages", new { owner = "weinheim", title = "Sprechstunde für Neue", body = "Jeden **Mittwoch** im Rathaus." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var page = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = page.GetProperty("id").GetGuid();
        Assert.Equal("sprechstunde-fuer-neue", page.GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor("/de/weinheim/sprechstunde-fuer-neue")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null)).StatusCode);

        Assert.Equal("Sprechstunde für Neue", await LiveTitleAsync("/de/weinheim/sprechstunde-fuer-neue"));
        var read = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/pages/{id}");
        var german = read.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("culture").GetString() == "de");
        Assert.Equal("Published", german.GetProperty("state").GetString());
        Assert.Equal("/de/weinheim/sprechstunde-fuer-neue", german.GetProperty("publicUrl").GetString());
        var list = await editor.GetFromJsonAsync<JsonElement>("/api/v1/pages?owner=weinheim");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id && r.GetProperty("cultures").GetProperty("de").GetString() == "Published");

        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/pages/{id}/variants/de/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor("/de/weinheim/sprechstunde-fuer-neue")).StatusCode);
    }

    [Fact]
    public async Task Saving_with_publish_changes_the_live_page_and_a_rollback_brings_back_the_old_text()
    {
        var editor = await EditorAsync("redaktion@weinheim.example", "weinheim");
        var id = await CreateAsync(editor, "weinheim", "Beratung im Rathaus", "Erste Fassung.");
        await editor.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null);

        var saved = await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de", new { title = "Beratung im Bürgerhaus", body = "Zweite Fassung.", publish = true });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal("Beratung im Bürgerhaus", await LiveTitleAsync("/de/weinheim/beratung-im-rathaus"));

        var versions = (await editor.GetFromJsonAsync<JsonElement>($"/api/v1/pages/{id}/variants/de/versions")).EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("revision").GetInt32()));
        Assert.True(versions[0].GetProperty("isPublished").GetBoolean());

        var rolledBack = await editor.PostAsJsonAsync($"/api/v1/pages/{id}/variants/de/rollback", new { revision = 1 });
        Assert.Equal(HttpStatusCode.NoContent, rolledBack.StatusCode);
        Assert.Equal("Beratung im Rathaus", await LiveTitleAsync("/de/weinheim/beratung-im-rathaus"));
        Assert.Equal(3, (await editor.GetFromJsonAsync<JsonElement>($"/api/v1/pages/{id}/variants/de/versions")).GetArrayLength());
    }

    [Fact]
    public async Task A_translation_shows_as_outdated_once_the_German_text_changes_and_a_schedule_is_kept()
    {
        var editor = await EditorAsync("redaktion@weinheim.example", "weinheim");
        var id = await CreateAsync(editor, "weinheim", "Wohnungssuche", "Tipps zur Wohnungssuche.");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/en", new { title = "Finding a flat", body = "Tips." })).StatusCode);
        Assert.Equal("UpToDate", await TranslationStatusAsync(editor, id, "en"));

        await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de", new { title = "Wohnungssuche", body = "Neue Tipps zur Wohnungssuche." });
        Assert.Equal("Outdated", await TranslationStatusAsync(editor, id, "en"));
        Assert.Equal("Missing", await TranslationStatusAsync(editor, id, "ar"));

        var publishAt = DateTimeOffset.UtcNow.AddDays(3);
        var scheduled = await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de/schedule", new { publishAt = publishAt.ToString("o") });
        Assert.Equal(HttpStatusCode.NoContent, scheduled.StatusCode);
        var german = (await editor.GetFromJsonAsync<JsonElement>($"/api/v1/pages/{id}")).GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("culture").GetString() == "de");
        Assert.Equal(publishAt.UtcDateTime, german.GetProperty("publishAt").GetDateTime().ToUniversalTime(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Readers_of_a_translation_are_told_in_their_language_when_the_German_text_is_newer_until_it_is_translated_again()
    {
        var editor = await EditorAsync("redaktion@weinheim.example", "weinheim");
        var id = await CreateAsync(editor, "weinheim", "Sprachcafé im Rathaus", "Jeden Montag.");
        await editor.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null);
        await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/en", new { title = "Language café at the town hall", body = "Every Monday." });
        await editor.PostAsync($"/api/v1/pages/{id}/variants/en/publish", null);
        await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/ar", new { title = "مقهى اللغة في البلدية", body = "كل يوم اثنين." });
        await editor.PostAsync($"/api/v1/pages/{id}/variants/ar/publish", null);
        Assert.Null(await OutdatedNoteAsync("/en/weinheim/sprachcafe-im-rathaus"));

        await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de", new { title = "Sprachcafé im Rathaus", body = "Jeden Montag und Donnerstag." });
        await editor.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null);

        var english = await OutdatedNoteAsync("/en/weinheim/sprachcafe-im-rathaus");
        Assert.NotNull(english);
        Assert.StartsWith($"The German text of this page was changed on {Clock.InGermany(DateTime.UtcNow).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}.", english.TextContent.Trim());
        Assert.Equal("/de/weinheim/sprachcafe-im-rathaus", english.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Read the current German text", english.QuerySelector("a")!.TextContent);
        var arabic = await OutdatedNoteAsync("/ar/weinheim/sprachcafe-im-rathaus");
        Assert.StartsWith("تم تغيير النص الألماني لهذه الصفحة", arabic!.TextContent.Trim());
        Assert.Null(await OutdatedNoteAsync("/de/weinheim/sprachcafe-im-rathaus"));

        await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/en", new { title = "Language café at the town hall", body = "Every Monday and Thursday." });
        await editor.PostAsync($"/api/v1/pages/{id}/variants/en/publish", null);
        Assert.Null(await OutdatedNoteAsync("/en/weinheim/sprachcafe-im-rathaus"));
        Assert.NotNull(await OutdatedNoteAsync("/ar/weinheim/sprachcafe-im-rathaus"));
    }

    [Theory]
    [InlineData("2026-03-14T23:30:00Z", "15/03/2026", "15.03.2026")] // 00:30 the next day in winter time (UTC+1)
    [InlineData("2026-07-14T22:30:00Z", "15/07/2026", "15.07.2026")] // 00:30 the next day in summer time (UTC+2)
    public async Task The_date_of_the_German_change_is_the_day_in_Germany_written_for_the_reader(string changedUtc, string english, string ukrainian)
    {
        var editor = await EditorAsync("redaktion@weinheim.example", "weinheim");
        var slug = "nachtaenderung-" + changedUtc[5..7];
        var id = await CreateAsync(editor, "weinheim", "Nachtänderung " + changedUtc[5..7], "Alt.");
        await editor.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null);
        foreach (var culture in new[] { "en", "uk" })
        {
            await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/{culture}", new { title = "Night change", body = "Old." });
            await editor.PostAsync($"/api/v1/pages/{id}/variants/{culture}/publish", null);
        }

        await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de", new { title = "Nachtänderung", body = "Neu." });
        await editor.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null);
        using (var scope = factory.Services.CreateScope())
        {
            var changed = DateTime.Parse(changedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().PageVariants
                .Where(v => v.PageId == id && v.Culture == "de").ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishedAt, changed));
        }

        Assert.StartsWith($"The German text of this page was changed on {english}.", (await OutdatedNoteAsync($"/en/weinheim/{slug}"))!.TextContent.Trim());
        Assert.StartsWith($"Німецький текст цієї сторінки змінено {ukrainian}.", (await OutdatedNoteAsync($"/uk/weinheim/{slug}"))!.TextContent.Trim());
    }

    private async Task<AngleSharp.Dom.IElement?> OutdatedNoteAsync(string path)
    {
        var response = await Visitor(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return document.QuerySelectorAll("p.fallback-note").FirstOrDefault(p => p.QuerySelector("a[hreflang='de']") is not null);
    }

    [Fact]
    public async Task A_page_can_be_moved_and_deleted_but_not_while_it_has_subpages()
    {
        var editor = await EditorAsync("redaktion@weinheim.example", "weinheim");
        var parent = await CreateAsync(editor, "weinheim", "Familien", "Für Familien.");
        var child = await editor.PostAsJsonAsync("/api/v1/pages", new { owner = "weinheim", parentId = parent, title = "Kita", body = "Kita-Plätze." });
        var childId = (await child.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal("familien/kita", (await editor.GetFromJsonAsync<JsonElement>($"/api/v1/pages/{childId}")).GetProperty("path").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await editor.PutAsJsonAsync($"/api/v1/pages/{parent}", new { slug = "familie", sortOrder = 5 })).StatusCode);
        Assert.Equal("familie/kita", (await editor.GetFromJsonAsync<JsonElement>($"/api/v1/pages/{childId}")).GetProperty("path").GetString());

        var refused = await editor.DeleteAsync($"/api/v1/pages/{parent}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Unterseiten", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/v1/pages/{childId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/v1/pages/{childId}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_German_problem_naming_the_field_and_changes_nothing()
    {
        var editor = await EditorAsync("redaktion@weinheim.example", "weinheim");
        var id = await CreateAsync(editor, "weinheim", "Ehrenamt", "Mitmachen.");

        var noTitle = await editor.PostAsJsonAsync("/api/v1/pages", new { owner = "weinheim", title = " ", slug = "leer" });
        await ProblemAssert.FieldAsync(noTitle, "title", "Titel ist erforderlich.");
        var badSlug = await editor.PutAsJsonAsync($"/api/v1/pages/{id}", new { slug = "Mit Leerzeichen!", sortOrder = 0 });
        await ProblemAssert.FieldAsync(badSlug, "slug", "Adresse");
        var noOwner = await editor.PostAsJsonAsync("/api/v1/pages", new { title = "Ohne Bereich" });
        await ProblemAssert.FieldAsync(noOwner, "owner", "Seitenbereich");
        var emptyTitle = await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de", new { title = "", body = "Weg damit", publish = true });
        await ProblemAssert.FieldAsync(emptyTitle, "title", "Titel ist erforderlich.");
        var unknownCulture = await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/xx", new { title = "Titel", body = "Text" });
        await ProblemAssert.FieldAsync(unknownCulture, "culture", "Sprache");
        var badTime = await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de/schedule", new { publishAt = "morgen früh" });
        await ProblemAssert.FieldAsync(badTime, "publishAt", "ISO 8601");
        var past = await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de/schedule", new { publishAt = "2020-01-01T08:00:00+01:00" });
        await ProblemAssert.FieldAsync(past, "publishAt", "Zukunft");

        var list = await editor.GetFromJsonAsync<JsonElement>("/api/v1/pages?owner=weinheim");
        Assert.DoesNotContain(list.EnumerateArray(), r => r.GetProperty("path").GetString() == "leer");
        var page = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/pages/{id}");
        Assert.Equal("ehrenamt", page.GetProperty("slug").GetString());
        var german = page.GetProperty("variants").EnumerateArray().Single();
        Assert.Equal(("Ehrenamt", 1, "Draft"), (german.GetProperty("title").GetString(), german.GetProperty("revision").GetInt32(), german.GetProperty("state").GetString()));
        Assert.Equal(JsonValueKind.Null, german.GetProperty("publishAt").ValueKind);
    }

    [Fact]
    public async Task An_editor_of_another_municipality_gets_404_for_every_page_route_and_other_roles_403()
    {
        var owner = await EditorAsync("redaktion@weinheim.example", "weinheim");
        var id = await CreateAsync(owner, "weinheim", "Nur für Weinheim", "Text.");
        var stranger = await EditorAsync("redaktion@goeppingen.example", "goeppingen");

        Assert.Equal(["goeppingen"], (await stranger.GetFromJsonAsync<JsonElement>("/api/v1/pages/owners")).EnumerateArray().Select(o => o.GetProperty("slug").GetString()));
        var attempts = new[]
        {
            await stranger.GetAsync("/api/v1/pages?owner=weinheim"),
            await stranger.GetAsync($"/api/v1/pages/{id}"),
            await stranger.PostAsJsonAsync("/api/v1/pages", new { owner = "weinheim", title = "Fremd" }),
            await stranger.PostAsJsonAsync("/api/v1/pages", new { owner = "_portal", title = "Impressum 2" }),
            await stranger.PutAsJsonAsync($"/api/v1/pages/{id}", new { slug = "fremd", sortOrder = 1 }),
            await stranger.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de", new { title = "Übernommen", body = "Text", publish = true }),
            await stranger.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null),
            await stranger.PostAsync($"/api/v1/pages/{id}/variants/de/unpublish", null),
            await stranger.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(1).ToString("o") }),
            await stranger.GetAsync($"/api/v1/pages/{id}/variants/de/versions"),
            await stranger.PostAsJsonAsync($"/api/v1/pages/{id}/variants/de/rollback", new { revision = 1 }),
            await stranger.DeleteAsync($"/api/v1/pages/{id}"),
        };
        Assert.All(attempts, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("application/problem+json", attempts[1].Content.Headers.ContentType?.MediaType);

        var page = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/pages/{id}");
        Assert.Equal("nur-fuer-weinheim", page.GetProperty("slug").GetString());
        Assert.Equal("Draft", page.GetProperty("variants")[0].GetProperty("state").GetString());

        await TestAccounts.EnsureAsync(factory, "case@weinheim.example", "Manager", "weinheim");
        var manager = await ApiClient.SignedInAsync(factory, "case@weinheim.example", TestAccounts.DefaultPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/v1/pages/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/pages?owner=weinheim")).StatusCode);
    }

    private async Task<HttpClient> EditorAsync(string email, string municipality)
    {
        await TestAccounts.EnsureAsync(factory, email, "Editor", municipality);
        return await ApiClient.SignedInAsync(factory, email, TestAccounts.DefaultPassword);
    }

    private static async Task<Guid> CreateAsync(HttpClient editor, string owner, string title, string body)
    {
        var response = await editor.PostAsJsonAsync("/api/v1/pages", new { owner, title, body });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<string?> TranslationStatusAsync(HttpClient editor, Guid id, string culture) =>
        (await editor.GetFromJsonAsync<JsonElement>($"/api/v1/pages/{id}")).GetProperty("translationStatus").GetProperty(culture).GetString();

    private Task<HttpResponseMessage> Visitor(string path) => factory.CreateClient().GetAsync(path);

    private async Task<string> LiveTitleAsync(string path)
    {
        var response = await Visitor(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("article h1")!.TextContent;
    }
}
