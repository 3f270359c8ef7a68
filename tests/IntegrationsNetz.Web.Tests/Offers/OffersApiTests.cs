using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Offers;

/// <summary>Maintaining offers through the API, and finding them through the search API and the public pages.</summary>
public sealed class OffersApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static object Course(string slug, string title, object? overrides = null) => new
    {
        kind = "LanguageCourse", slug, status = "Published", municipalities = new[] { "plankstadt" },
        texts = new[] { new { culture = "de", title, description = "Vormittags im **Rathaus**, mit Kinderbetreuung für Kleinkinder." } },
        courseType = "IntegrationskursEltern", levelFrom = "A1", levelTo = "B1", startsOn = "2027-01-11", endsOn = "2027-06-30",
        weekdays = new[] { "Monday", "Thursday" }, timeFrom = "08:30", timeTo = "12:00", format = "InPerson", childcare = true, cost = "Funded",
        places = 15, placesTaken = 4, latitude = 49.394, longitude = 8.597, street = "Schwetzinger Straße 28", postcode = "68723", city = "Plankstadt",
    };

    [Fact]
    public async Task An_editor_creates_a_course_that_the_search_finds_after_the_indexer_ran()
    {
        var editor = await EditorAsync();
        var created = await editor.PostAsJsonAsync("/api/v1/offers", Course("elternkurs-plankstadt-test", "Elternkurs Zaunkönig"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var offer = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = offer.GetProperty("id").GetGuid();
        Assert.Equal(11, offer.GetProperty("freePlaces").GetInt32());

        await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();

        var result = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?q=Zaunk%C3%B6nig");
        var hit = Assert.Single(result.GetProperty("items").EnumerateArray());
        Assert.Equal(id, hit.GetProperty("id").GetGuid());
        Assert.Equal("/de/angebote/elternkurs-plankstadt-test", hit.GetProperty("url").GetString());
        Assert.Equal("plankstadt", hit.GetProperty("municipality").GetString());

        var page = await factory.CreateClient().GetStringAsync("/de/angebote/elternkurs-plankstadt-test");
        var document = new HtmlParser().ParseDocument(page);
        Assert.Equal("Elternkurs Zaunkönig", document.QuerySelector("article h1")!.TextContent);
        var jsonLd = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Course", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("2027-01-11", jsonLd.GetProperty("hasCourseInstance")[0].GetProperty("startDate").GetString());

        var ics = await factory.CreateClient().GetAsync($"/api/v1/offers/{id}/calendar.ics");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        var calendar = await ics.Content.ReadAsStringAsync();
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20270111T083000", calendar);
        Assert.Contains("UNTIL=20270630T215959Z", calendar);
        Assert.Contains("SUMMARY:Elternkurs Zaunkönig", calendar);
        Assert.Contains("\r\n", calendar);

        var print = await factory.CreateClient().GetStringAsync("/de/angebote/elternkurs-plankstadt-test/druck");
        Assert.DoesNotContain("class=\"languages\"", print);
    }

    [Fact]
    public async Task An_edited_offer_is_found_under_its_new_title_and_not_the_old_one()
    {
        var editor = await EditorAsync();
        var created = await (await editor.PostAsJsonAsync("/api/v1/offers", Course("umbenennen-test", "Kurs Kolibri"))).Content.ReadFromJsonAsync<JsonElement>();
        var indexer = factory.Services.GetRequiredService<SearchIndexer>();
        await indexer.CatchUpAsync();
        Assert.Equal(1, (await Search("Kolibri")).GetProperty("total").GetInt32());

        var updated = await editor.PutAsJsonAsync($"/api/v1/offers/{created.GetProperty("id").GetGuid()}", Course("umbenennen-test", "Kurs Pirol"));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        await indexer.CatchUpAsync();

        Assert.Equal(0, (await Search("Kolibri")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Search("Pirol")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("endsOn", "2026-12-01", "endsOn")]
    [InlineData("levelTo", "A1", "levelTo")]
    [InlineData("latitude", "60.5", "latitude")]
    [InlineData("courseType", "Tanzkurs", "courseType")]
    public async Task An_invalid_offer_is_refused_with_the_field_named_and_nothing_saved(string field, string value, string expectedError)
    {
        var editor = await EditorAsync();
        var body = JsonSerializer.SerializeToNode(Course($"ungueltig-{field}", "Ungültiger Kurs"))!.AsObject();
        body[field] = field == "latitude" ? double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value;
        body["levelFrom"] = field == "levelTo" ? "B1" : body["levelFrom"]!.GetValue<string>();

        var response = await editor.PostAsJsonAsync("/api/v1/offers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(expectedError, out _), problem.ToString());
        await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();
        Assert.Equal(0, (await Search("Ungültiger")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Offers_cannot_be_changed_without_an_editor_token()
    {
        var anonymous = await factory.CreateClient().PostAsJsonAsync("/api/v1/offers", Course("anonym", "Anonym"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        await TestAccounts.CreateAsync(factory, "ehrenamt@plankstadt.example", "Volunteer");
        var volunteer = await ApiClient.SignedInAsync(factory, "ehrenamt@plankstadt.example", TestAccounts.DefaultPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.PostAsJsonAsync("/api/v1/offers", Course("ehrenamt", "Ehrenamt"))).StatusCode);
    }

    [Theory]
    [InlineData("pageSize=10000", "pageSize")]
    [InlineData("page=-1", "page")]
    [InlineData("kind=Zirkus", "kind")]
    [InlineData("startsBefore=31.02.2027", "startsBefore")]
    [InlineData("near=atlantis", "near")]
    [InlineData("sort=distance", "sort")]
    [InlineData("level=Z9", "level")]
    [InlineData("childcare=vielleicht", "childcare")]
    public async Task Bad_search_parameters_are_a_400_naming_the_parameter(string query, string parameter)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Theory]
    [InlineData("(((")]
    [InlineData("title:*")]
    [InlineData("\"")]
    [InlineData("%00%01")]
    public async Task Odd_queries_get_a_normal_answer(string q)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/search?q=" + q);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task A_five_thousand_character_query_gets_a_normal_answer()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(new string('x', 5000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_public_search_page_filters_by_facet_links_without_JavaScript()
    {
        var editor = await EditorAsync();
        await editor.PostAsJsonAsync("/api/v1/offers", Course("facetten-kurs-plankstadt", "Facettenkurs Stieglitz"));
        await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();
        var session = new BrowserlessSession(factory);

        var results = await session.GetAsync("/de/suche?q=Stieglitz");
        Assert.Equal(HttpStatusCode.OK, results.Status);
        Assert.Equal("1 Treffer", results.Document.QuerySelector("#results-heading")!.TextContent);
        var link = results.Document.QuerySelectorAll("ul[data-facet='municipality'] a").Single(a => a.QuerySelector(".count")!.GetAttribute("data-value") == "plankstadt");
        Assert.Equal("(1)", link.QuerySelector(".count")!.TextContent);

        var filtered = await session.GetAsync(link.GetAttribute("href")!);
        Assert.Equal("1 Treffer", filtered.Document.QuerySelector("#results-heading")!.TextContent);
        var active = filtered.Document.QuerySelectorAll("ul[data-facet='municipality'] a.active").Single();
        Assert.Contains("Plankstadt", active.TextContent);
        Assert.Contains("(ausgewählt)", active.TextContent);
        Assert.Empty(filtered.Document.QuerySelectorAll("[aria-pressed]"));
    }

    [Fact]
    public async Task A_bad_filter_on_the_search_page_is_a_German_message()
    {
        var page = await new BrowserlessSession(factory).GetAsync("/de/suche?pageSize=5000");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("pageSize", page.Document.QuerySelector(".errors")!.TextContent);
    }

    [Fact]
    public async Task A_calendar_app_reads_the_course_dates_in_German_time_until_the_last_day()
    {
        var editor = await EditorAsync();
        var created = await editor.PostAsJsonAsync("/api/v1/offers", Course("kalender-test", "Elternkurs Rotkehlchen; vormittags, mit Kinderbetreuung"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var text = await factory.CreateClient().GetStringAsync($"/api/v1/offers/{id}/calendar.ics");
        var calendar = Ical.Net.Calendar.Load(text)!;

        var course = Assert.Single(calendar.Events);
        Assert.Equal("Europe/Berlin", course.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 1, 11, 8, 30, 0), course.DtStart.Value);
        Assert.Equal(new DateTime(2027, 1, 11, 12, 0, 0), course.DtEnd!.Value);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/Berlin");
        var rule = course.RecurrenceRule!;
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], rule.ByDay.Select(d => d.DayOfWeek));
        // RFC 5545 3.3.10: with a zoned DTSTART, UNTIL is UTC; 23:59:59 summer time in Berlin is 21:59:59 UTC.
        Assert.Matches(@"RRULE:[^\r\n]*UNTIL=20270630T215959Z", text);
        Assert.True(rule.Until!.IsUtc);
        Assert.Equal(new DateTime(2027, 6, 30, 21, 59, 59, DateTimeKind.Utc), rule.Until.AsUtc);
        Assert.Equal("Elternkurs Rotkehlchen; vormittags, mit Kinderbetreuung", course.Summary);
        Assert.Equal("Schwetzinger Straße 28, 68723 Plankstadt", course.Location);
        Assert.Equal(new Uri("http://localhost/de/angebote/kalender-test"), course.Url);

        // From the Arabic offer page the calendar links back to the Arabic page (the title stays German: the offer
        // has no Arabic one); the link text keeps ".ics" left to right inside the Arabic sentence.
        var arabic = Ical.Net.Calendar.Load(await factory.CreateClient().GetStringAsync($"/api/v1/offers/{id}/calendar.ics?culture=ar"))!;
        Assert.Equal(new Uri("http://localhost/ar/angebote/kalender-test"), Assert.Single(arabic.Events).Url);
        Assert.Equal("Elternkurs Rotkehlchen; vormittags, mit Kinderbetreuung", Assert.Single(arabic.Events).Summary);
        var page = await new BrowserlessSession(factory).GetAsync("/ar/angebote/kalender-test");
        var link = page.Document.QuerySelector($"a[href='/api/v1/offers/{id}/calendar.ics?culture=ar']")!;
        Assert.Equal("ltr", link.QuerySelector("bdi")!.GetAttribute("dir"));
        Assert.Equal("(.ics)", link.QuerySelector("bdi")!.TextContent);
        Assert.Contains(page.Document.QuerySelectorAll("dd bdi"), b => b.TextContent == "68723 Plankstadt");
    }

    private async Task<HttpClient> EditorAsync()
    {
        const string email = "redaktion-verzeichnis@plankstadt.example";
        await TestAccounts.EnsureAsync(factory, email, "Editor", "plankstadt");
        return await ApiClient.SignedInAsync(factory, email, TestAccounts.DefaultPassword);
    }

    private async Task<JsonElement> Search(string q) =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString(q));
}
