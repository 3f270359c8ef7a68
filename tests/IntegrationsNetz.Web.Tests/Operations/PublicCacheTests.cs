using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>
/// The public read path: answers kept by the output cache (a kept answer carries an Age header), dropped when their
/// content changes, never kept for a signed-in visitor; validators for 304; compression.
/// </summary>
public sealed class PublicCacheTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData("/de/oftersheim")]
    [InlineData("/en/oftersheim/ankommen")]
    [InlineData("/de/suche?q=Deutschkurs")]
    [InlineData("/api/v1/search?q=Deutschkurs")]
    public async Task A_public_answer_is_kept_and_served_again_from_the_cache(string path)
    {
        var fresh = await Visitor().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        await KeptAsync(path);
        var kept = await Visitor().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await kept.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_culture_and_query_has_its_own_answer()
    {
        await Visitor().GetAsync("/de/suche?q=Deutschkurs");
        var other = await Visitor().GetAsync("/de/suche?q=Sprachcafe");
        var english = await Visitor().GetAsync("/en/suche?q=Deutschkurs");

        Assert.Contains("Sprachcafe", Html(await other.Content.ReadAsStringAsync()).QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Equal("en", Html(await english.Content.ReadAsStringAsync()).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_cached_page_shows_the_new_text_after_it_is_published()
    {
        var editor = await EditorAsync("redaktion-cache@plankstadt.example", "plankstadt");
        var created = await editor.PostAsJsonAsync("/api/v1/pages", new { owner = "plankstadt", title = "Sprechstunde im Rathaus", body = "Dienstags." });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await editor.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null);
        Assert.Equal("Sprechstunde im Rathaus", await TitleAsync("/de/plankstadt/sprechstunde-im-rathaus"));
        await KeptAsync("/de/plankstadt/sprechstunde-im-rathaus");

        var saved = await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de", new { title = "Sprechstunde im Bürgerhaus", body = "Mittwochs.", publish = true });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);

        await Poll.UntilAsync(() => TitleAsync("/de/plankstadt/sprechstunde-im-rathaus"), t => t == "Sprechstunde im Bürgerhaus", Deadline, "the published title");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/pages/{id}/variants/de/unpublish", null)).StatusCode);
        await Poll.UntilAsync(async () => (await Visitor().GetAsync("/de/plankstadt/sprechstunde-im-rathaus")).StatusCode, s => s == HttpStatusCode.NotFound, Deadline, "the unpublished page gone");
    }

    [Fact]
    public async Task A_cached_search_finds_an_offer_saved_after_it()
    {
        const string search = "/api/v1/search?q=Quokka";
        Assert.Equal(0, await TotalAsync(search));
        Assert.Equal(0, await TotalAsync(search));
        var editor = await EditorAsync("redaktion-cache@eppelheim.example", "eppelheim");

        var created = await editor.PostAsJsonAsync("/api/v1/offers", new
        {
            kind = "VolunteerCircle", slug = "quokka-runde-cache", status = "Published", municipalities = new[] { "eppelheim" },
            texts = new[] { new { culture = "de", title = "Quokka-Runde", description = "Wir treffen uns montags." } },
            activities = new[] { "Sprachcafé" },
        });
        created.EnsureSuccessStatusCode();

        await Poll.UntilAsync(() => TotalAsync(search), t => t == 1, Deadline, "the new offer in the cached search");
        await Poll.UntilAsync(async () => await (await Visitor().GetAsync("/de/suche?q=Quokka")).Content.ReadAsStringAsync(), h => h.Contains("quokka-runde-cache"), Deadline, "the new offer on the search page");
    }

    [Fact]
    public async Task A_renamed_municipality_is_named_so_by_the_search_at_once()
    {
        var admin = await ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var town = new { name = "Altweiler", slug = "altweiler-cache", officialKey = "08226997", postcodes = new[] { "69997" }, latitude = 49.40, longitude = 8.65 };
        var created = await admin.PostAsJsonAsync("/api/v1/municipalities", town);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal("Altweiler", await NearNameAsync("/de/suche?near=69997&radiusKm=10"));

        var renamed = await admin.PutAsJsonAsync($"/api/v1/municipalities/{id}", town with { name = "Neuweiler" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        // Another query than before, so the answer is rendered anew: the places it reads are the new ones.
        Assert.Equal("Neuweiler", await NearNameAsync("/de/suche?near=69997&radiusKm=15"));
        Assert.Equal("Neuweiler", await NearNameAsync("/de/suche?near=69997&radiusKm=10"));
    }

    [Fact]
    public async Task A_signed_in_visitor_is_never_served_or_given_a_cached_answer()
    {
        await KeptAsync("/de/oftersheim");
        await TestAccounts.EnsureAsync(factory, "redaktion-cache@oftersheim.example", "Editor", "oftersheim");
        var session = new BrowserlessSession(factory);
        await session.LoginAsync("redaktion-cache@oftersheim.example", TestAccounts.DefaultPassword);

        foreach (var path in new[] { "/de/oftersheim", "/de/oftersheim", "/de/suche?q=Deutschkurs", "/de/suche?q=Deutschkurs" })
        {
            var page = await session.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Null(page.Response.Headers.Age);
        }

        // A bearer token (also one that is not valid) is the same: the API answers it fresh every time.
        var api = Visitor();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "no-such-token");
        await api.GetAsync("/api/v1/search?q=Sprachcafe");
        Assert.Null((await api.GetAsync("/api/v1/search?q=Sprachcafe")).Headers.Age);
    }

    [Fact]
    public async Task An_unchanged_page_answers_304_to_its_etag_and_to_its_date()
    {
        var first = await Visitor().GetAsync("/de/weinheim");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);

        var again = new HttpRequestMessage(HttpMethod.Get, "/de/weinheim");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await Visitor().SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var other = new HttpRequestMessage(HttpMethod.Get, "/de/weinheim");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\"", true));
        Assert.Equal(HttpStatusCode.OK, (await Visitor().SendAsync(other)).StatusCode);

        var dated = new HttpRequestMessage(HttpMethod.Get, "/de/weinheim");
        dated.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await Visitor().SendAsync(dated)).StatusCode);
    }

    [Theory]
    [InlineData("/de/oftersheim", "br", "text/html")]
    [InlineData("/api/v1/search?q=Deutschkurs", "gzip", "application/json")]
    [InlineData("/css/site.css", "br", "text/css")]
    public async Task Html_json_and_css_are_compressed_for_a_browser_that_accepts_it(string path, string encoding, string mediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var response = await Visitor().SendAsync(request);
        var plain = await (await Visitor().GetAsync(path)).Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} bytes compressed of {plain.Length}");
        using var reader = encoding == "br"
            ? (Stream)new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        await reader.CopyToAsync(unpacked);
        Assert.Equal(plain, unpacked.ToArray());
    }

    [Fact]
    public async Task A_signed_in_answer_is_not_compressed()
    {
        await TestAccounts.EnsureAsync(factory, "redaktion-cache@oftersheim.example", "Editor", "oftersheim");
        var session = new BrowserlessSession(factory);
        await session.LoginAsync("redaktion-cache@oftersheim.example", TestAccounts.DefaultPassword);
        var request = new HttpRequestMessage(HttpMethod.Get, "/backoffice/pages");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    // The index commits again for a few seconds after a change (its tasks settle), and each commit starts new entries.
    // The first request may also start the host, so the deadline counts from its answer.
    private async Task KeptAsync(string path)
    {
        await Visitor().GetAsync(path);
        await Poll.UntilAsync(async () => (await Visitor().GetAsync(path)).Headers.Age, a => a is not null, Deadline, $"{path} served from the cache");
    }

    private HttpClient Visitor() => factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<HttpClient> EditorAsync(string email, string municipality)
    {
        await TestAccounts.EnsureAsync(factory, email, "Editor", municipality);
        return await ApiClient.SignedInAsync(factory, email, TestAccounts.DefaultPassword);
    }

    private async Task<string?> TitleAsync(string path) =>
        Html(await (await Visitor().GetAsync(path)).Content.ReadAsStringAsync()).QuerySelector("article h1")?.TextContent;

    private async Task<string?> NearNameAsync(string path) =>
        Html(await (await Visitor().GetAsync(path)).Content.ReadAsStringAsync()).QuerySelector("input#near")?.GetAttribute("value");

    private async Task<int> TotalAsync(string path) =>
        (await Visitor().GetFromJsonAsync<JsonElement>(path)).GetProperty("total").GetInt32();

    private static AngleSharp.Html.Dom.IHtmlDocument Html(string html) => new HtmlParser().ParseDocument(html);
}
