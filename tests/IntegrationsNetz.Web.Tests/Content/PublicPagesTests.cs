using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Testing;
using IntegrationsNetz.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Tests.Content;

/// <summary>The public pages as a visitor reads them, on the demo content imported at first boot.</summary>
public sealed class PublicPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task The_browser_finds_the_portals_icon_where_it_looks_for_it_and_where_the_pages_name_it()
    {
        var client = factory.CreateClient();

        var ico = await client.GetAsync("/favicon.ico");
        var svg = await client.GetAsync("/favicon.svg");
        var page = await client.GetStringAsync("/de");

        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/x-icon", ico.Content.Headers.ContentType?.MediaType);
        var bytes = await ico.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0, 1, 0, 32, 32 }, bytes[..8]);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">", page);
    }

    [Fact]
    public async Task The_start_page_picks_the_language_from_the_browser_and_lists_the_municipalities()
    {
        var (response, page) = await GetAsync("/", "ar,en;q=0.8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.NotNull(page.QuerySelector("a[href='/ar/oftersheim']"));
        Assert.NotNull(page.QuerySelector("a[href='/ar/goeppingen']"));
        Assert.Equal(Text("ar", "Home_Title"), page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_start_page_in_Leichte_Sprache_explains_the_portal_in_short_sentences_and_the_German_one_does_not()
    {
        var (_, easy) = await GetAsync("/ls", null);
        Assert.Equal("de-x-ls", easy.DocumentElement.GetAttribute("lang"));
        var intro = easy.QuerySelector("section.easy-intro")!;
        Assert.Equal("Das ist IntegrationsNetz", intro.QuerySelector("h2")!.TextContent);
        var lines = intro.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Contains("Wählen Sie unten Ihre Gemeinde.", lines);
        Assert.True(lines.Count >= 10);

        // Leichte Sprache: short sentences (at most 12 words), no line longer than two of them.
        Assert.All(lines, line => Assert.All(line.Split('.', StringSplitOptions.RemoveEmptyEntries), sentence => Assert.True(sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12, sentence)));

        var (_, german) = await GetAsync("/de", null);
        Assert.Null(german.QuerySelector("section.easy-intro"));
    }

    [Fact]
    public async Task Without_a_browser_language_the_start_page_is_German()
    {
        var (_, page) = await GetAsync("/", null);

        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task An_Arabic_page_is_right_to_left_and_names_its_other_languages()
    {
        var (response, page) = await GetAsync("/ar/oftersheim/ankommen", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var article = page.QuerySelector("article")!;
        Assert.Equal("ar", article.GetAttribute("lang"));
        Assert.Null(page.QuerySelector(".fallback-note"));
        Assert.NotNull(page.QuerySelector("link[rel=alternate][hreflang=de][href='/de/oftersheim/ankommen']"));
        Assert.NotNull(page.QuerySelector("link[rel=alternate][hreflang=en][href='/en/oftersheim/ankommen']"));
        Assert.NotNull(page.QuerySelector("link[rel=alternate][hreflang=x-default]"));
        Assert.Matches("\\p{IsArabic}", article.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_missing_translation_falls_back_to_German_with_a_note_in_the_visitors_language()
    {
        var (response, page) = await GetAsync("/ar/goeppingen/arbeit-und-ausbildung", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var article = page.QuerySelector("article")!;
        Assert.Equal("de", article.GetAttribute("lang"));
        Assert.Equal("ltr", article.GetAttribute("dir"));
        var note = page.QuerySelector(".fallback-note")!.TextContent;
        Assert.Equal(Text("ar", "Page_FallbackNote", "العربية"), note);
        Assert.NotEqual(Text("de", "Page_FallbackNote", "العربية"), note);
        Assert.Null(page.QuerySelector("link[rel=alternate][hreflang=ar]"));
    }

    [Fact]
    public async Task An_unpublished_translation_is_not_shown()
    {
        var (_, page) = await GetAsync("/en/plankstadt/ansprechpartner", null);

        Assert.Equal("de", page.QuerySelector("article")!.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector(".fallback-note"));
    }

    [Fact]
    public async Task An_unknown_culture_is_a_404_page_in_the_browsers_language()
    {
        var (response, page) = await GetAsync("/xx/oftersheim/ankommen", "en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Text("en", "NotFound_Title"), page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_municipality_is_a_404_page_in_the_language_of_the_address()
    {
        var (response, page) = await GetAsync("/fa/atlantis", "de");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("fa", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(Text("fa", "NotFound_Title"), page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Leichte_Sprache_is_its_own_variant()
    {
        var (response, page) = await GetAsync("/ls/oftersheim/ankommen", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("de-x-ls", page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.QuerySelector(".fallback-note"));
    }

    [Fact]
    public async Task The_portal_has_its_own_pages_for_imprint_privacy_and_accessibility()
    {
        foreach (var path in new[] { "/de/info/impressum", "/de/info/datenschutz", "/de/info/barrierefreiheit" })
        {
            var (response, _) = await GetAsync(path, null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Script_in_a_page_body_is_neutralised_on_the_public_page()
    {
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var pages = scope.ServiceProvider.GetRequiredService<PageService>();
            var weinheim = await db.Municipalities.SingleAsync(m => m.Slug == "weinheim");
            var created = await pages.CreateAsync(new CreatePage(weinheim.Id, null, "test-skript", 9, "Sprechstunde", "Hallo <script>alert('x')</script> <img src=x onerror=alert(1)> [Link](javascript:alert(1))"), StaffActor.System);
            await pages.PublishAsync(created.Value!.Id, "de", StaffActor.System);
        }

        var (response, page) = await GetAsync("/de/weinheim/test-skript", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = page.QuerySelector(".page-body")!.InnerHtml;
        Assert.Contains("Hallo", body);
        Assert.Empty(page.QuerySelectorAll("article script"));
        Assert.DoesNotContain("onerror", body);
        Assert.DoesNotContain("javascript:", body);
    }

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> GetAsync(string url, string? acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        var response = await factory.CreateClient().SendAsync(request);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private string Text(string culture, string key, params object[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key, args];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
