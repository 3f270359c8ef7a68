using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Search;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>German search on a real Lucene index on disk, fed through indexing tasks as in the portal.</summary>
public sealed class SearchTests : IAsyncLifetime
{
    private SearchHarness _search = null!;

    public async ValueTask InitializeAsync()
    {
        _search = await SearchHarness.CreateAsync();
        await _search.AddAsync(
            _search.Offer<LanguageCourse>("deutschkurs-kita-eppelheim", "Deutschkurs mit Kinderbetreuung", "eppelheim",
                "Integrationskurs am Vormittag. Während des Kurses werden Ihre Kinder im Haus betreut.",
                c => { c.CourseType = CourseType.IntegrationskursEltern; c.Childcare = true; c.LevelFrom = CefrLevel.A1; c.LevelTo = CefrLevel.B1; c.Places = 16; c.PlacesTaken = 10; c.StartsOn = new DateOnly(2027, 1, 11); }),
            _search.Offer<LanguageCourse>("deutschkurs-abend-oftersheim", "Deutschkurs am Abend", "oftersheim",
                "Für Berufstätige, zweimal pro Woche.",
                c => { c.CourseType = CourseType.IntegrationskursAllgemein; c.LevelFrom = CefrLevel.A2; c.LevelTo = CefrLevel.B1; c.Places = 12; c.PlacesTaken = 12; c.StartsOn = new DateOnly(2027, 3, 1); }),
            _search.Offer<LanguageCourse>("integrationskurs-frauen-weinheim", "Integrationskurs für Frauen", "weinheim",
                "Mit Kinderbetreuung im Nebenraum.",
                c => { c.CourseType = CourseType.IntegrationskursFrauen; c.WomenOnly = true; c.Childcare = true; c.LevelFrom = CefrLevel.A1; c.LevelTo = CefrLevel.B1; c.StartsOn = new DateOnly(2027, 2, 1); }),
            _search.Offer<LanguageCourse>("sprachcafe-goeppingen", "Sprachcafé im Stadtteiltreff", "goeppingen",
                "Deutsch sprechen bei Kaffee und Kuchen, jeden Donnerstag.",
                c => { c.CourseType = CourseType.Sprachcafe; c.RollingEntry = true; c.Cost = CourseCost.Free; }),
            _search.Offer<Authority>("buergeramt-eppelheim", "Bürgeramt Eppelheim", "eppelheim",
                "Anmeldung der Wohnung, Ausweise und Bescheinigungen.",
                a => { a.AuthorityType = AuthorityType.Buergeramt; a.OpeningHours = ["Mo 08:00-12:00", "Do 14:00-18:00"]; }),
            _search.Offer<Authority>("jobcenter-weinheim", "Jobcenter Weinheim", "weinheim",
                "Arbeitsvermittlung und Leistungen.",
                a => { a.AuthorityType = AuthorityType.Jobcenter; a.OpeningHours = ["Mo 08:00-12:00", "Di 08:00-12:00"]; }),
            _search.Offer<Internship>("praktikum-pflege-oftersheim", "Orientierungspraktikum in der Pflege", "oftersheim",
                "Vier Wochen im Seniorenzentrum kennenlernen.",
                i => { i.InternshipType = InternshipType.Orientierungspraktikum; i.OccupationalField = "Pflege"; i.DurationWeeks = 4; }),
            _search.Offer<VolunteerCircle>("asylkreis-oftersheim", "Asylkreis Oftersheim", "oftersheim",
                "Hausaufgabenhilfe, Begleitung zu Ämtern und Fahrdienst.",
                v => { v.Activities = ["Hausaufgabenhilfe", "Begleitung zu Ämtern"]; }));
    }

    public async ValueTask DisposeAsync() => await _search.DisposeAsync();

    [Theory]
    [InlineData("Bürgeramt")]
    [InlineData("Buergeramt")]
    [InlineData("Burgeramt")]
    [InlineData("bürgeramt eppelheim")]
    public void Umlauts_and_their_spellings_find_the_same_office(string query)
    {
        var result = _search.Search(query);

        Assert.Equal("buergeramt-eppelheim", result.Items[0].Slug);
    }

    [Fact]
    public void A_typo_in_a_long_word_is_forgiven()
    {
        var result = _search.Search("Integrationskurz");

        Assert.Contains(result.Items, h => h.Slug == "integrationskurs-frauen-weinheim");
    }

    [Theory]
    [InlineData("Deutsch Kurs")]
    [InlineData("Deutschkurse")]
    [InlineData("deutschkurs")]
    public void A_compound_is_found_by_its_parts_and_inflected_forms(string query)
    {
        var slugs = _search.Search(query).Items.Select(h => h.Slug).ToList();

        Assert.Contains("deutschkurs-kita-eppelheim", slugs);
        Assert.Contains("deutschkurs-abend-oftersheim", slugs);
    }

    [Fact]
    public void Deutschkurs_mit_Kinderbetreuung_in_Eppelheim_finds_exactly_that_course()
    {
        var result = _search.Search("Deutschkurs mit Kinderbetreuung", r => r with { Municipalities = ["eppelheim"] });

        var hit = Assert.Single(result.Items);
        Assert.Equal("deutschkurs-kita-eppelheim", hit.Slug);
        Assert.Contains("<mark>", hit.Snippet);
    }

    [Fact]
    public void The_title_outranks_the_description()
    {
        var result = _search.Search("Kinderbetreuung");

        Assert.Equal("deutschkurs-kita-eppelheim", result.Items[0].Slug);
        Assert.Contains(result.Items, h => h.Slug == "integrationskurs-frauen-weinheim");
    }

    [Fact]
    public void Every_facet_count_equals_the_hits_when_that_facet_is_applied()
    {
        var all = _search.Search(null);
        Assert.Equal(8, all.Total);

        // Each loop checks only the values a facet has: an empty facet would pass them all.
        Assert.NotEmpty(all.Facets[SearchFields.Kind]);
        foreach (var (kind, count) in all.Facets[SearchFields.Kind])
        {
            Assert.Equal(count, _search.Search(null, r => r with { Kinds = [Enum.Parse<OfferKind>(kind)] }).Total);
        }

        Assert.NotEmpty(all.Facets[SearchFields.Municipality]);
        foreach (var (municipality, count) in all.Facets[SearchFields.Municipality])
        {
            Assert.Equal(count, _search.Search(null, r => r with { Municipalities = [municipality] }).Total);
        }

        Assert.NotEmpty(all.Facets[SearchFields.Level]);
        foreach (var (level, count) in all.Facets[SearchFields.Level])
        {
            Assert.Equal(count, _search.Search(null, r => r with { Levels = [Enum.Parse<CefrLevel>(level)] }).Total);
        }

        Assert.Equal(all.Facets[SearchFields.Childcare][SearchFields.Yes], _search.Search(null, r => r with { Childcare = true }).Total);
        Assert.Equal(all.Facets[SearchFields.WomenOnly][SearchFields.Yes], _search.Search(null, r => r with { WomenOnly = true }).Total);
        var courses = _search.Search("kurs");
        Assert.Equal(courses.Facets[SearchFields.Municipality]["eppelheim"], _search.Search("kurs", r => r with { Municipalities = ["eppelheim"] }).Total);
    }

    [Fact]
    public void Facets_counted_through_the_combination_of_small_facets_equal_the_counts_facet_by_facet()
    {
        // A broad search counts the small single-valued facets as one combined number per hit; the demo is too small
        // to take that path by itself, so it is forced here and compared with counting facet by facet (searches with
        // words only: filter-only answers are kept per reader and would not be counted again).
        string[] queries = ["Sprache", "kurs", "Deutschkurs", "Praktikum", "Beratung"];
        var expected = queries.Select(q => _search.Search(q).Facets).ToList();
        FacetCombination.Always = true;
        try
        {
            for (var i = 0; i < queries.Length; i++)
            {
                var combined = _search.Search(queries[i]).Facets;
                foreach (var facet in SearchFields.Facets)
                {
                    Assert.Equal(expected[i][facet].OrderBy(p => p.Key), combined[facet].OrderBy(p => p.Key));
                }
            }
        }
        finally
        {
            FacetCombination.Always = false;
        }

        Assert.Contains(expected, f => f[SearchFields.CourseType].Count > 1 && f[SearchFields.Level].Count > 1);
    }

    [Fact]
    public void Filters_for_free_places_start_date_and_opening_hours()
    {
        var free = _search.Search(null, r => r with { Kinds = [OfferKind.LanguageCourse], FreePlacesOnly = true }).Items.Select(h => h.Slug).ToList();
        Assert.DoesNotContain("deutschkurs-abend-oftersheim", free);
        Assert.Contains("deutschkurs-kita-eppelheim", free);

        var early = _search.Search(null, r => r with { Kinds = [OfferKind.LanguageCourse], StartsBefore = new DateOnly(2027, 2, 15) }).Items.Select(h => h.Slug).ToList();
        Assert.Contains("deutschkurs-kita-eppelheim", early);
        Assert.Contains("integrationskurs-frauen-weinheim", early);
        Assert.Contains("sprachcafe-goeppingen", early);
        Assert.DoesNotContain("deutschkurs-abend-oftersheim", early);

        var thursdayAfternoon = _search.Search(null, r => r with { OpenAt = new DateTime(2026, 11, 26, 15, 30, 0) });
        Assert.Equal("buergeramt-eppelheim", Assert.Single(thursdayAfternoon.Items).Slug);
        var tuesdayMorning = _search.Search(null, r => r with { OpenAt = new DateTime(2026, 11, 24, 9, 0, 0) });
        Assert.Equal("jobcenter-weinheim", Assert.Single(tuesdayMorning.Items).Slug);
    }

    [Fact]
    public void Distance_filter_and_sort_use_kilometres_from_the_given_place()
    {
        var eppelheim = new GeoPoint(49.402, 8.633);

        var near = _search.Search(null, r => r with { Near = eppelheim, RadiusKm = 10, Sort = SearchSort.Distance });

        Assert.DoesNotContain(near.Items, h => h.Municipalities.Contains("weinheim") || h.Municipalities.Contains("goeppingen"));
        Assert.Equal(0, near.Items[0].DistanceKm);
        Assert.True(near.Items.Zip(near.Items.Skip(1)).All(p => p.First.DistanceKm <= p.Second.DistanceKm));
        Assert.Equal(near.Total, near.Facets[SearchFields.Kind].Values.Sum());
        var far = _search.Search(null, r => r with { Near = eppelheim, RadiusKm = 200, Sort = SearchSort.Distance });
        Assert.Equal("sprachcafe-goeppingen", far.Items[^1].Slug);
        Assert.InRange(far.Items[^1].DistanceKm!.Value, 80, 110);
    }

    [Fact]
    public void Sorting_by_start_puts_the_soonest_dated_course_first()
    {
        var result = _search.Search(null, r => r with { Kinds = [OfferKind.LanguageCourse], Sort = SearchSort.Start });

        Assert.Equal(["deutschkurs-kita-eppelheim", "integrationskurs-frauen-weinheim", "deutschkurs-abend-oftersheim", "sprachcafe-goeppingen"], result.Items.Select(h => h.Slug));
    }

    [Theory]
    [InlineData("(((")]
    [InlineData("title:*")]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("*?~^[]{}\\/")]
    [InlineData("<script>alert(1)</script>")]
    public void Any_characters_give_a_normal_answer(string query)
    {
        var result = _search.Search(query);

        Assert.True(result.Total >= 0);
    }

    [Fact]
    public void A_five_thousand_character_query_gives_a_normal_answer()
    {
        var result = _search.Search(string.Concat(Enumerable.Repeat("Deutschkurs ", 420)));

        Assert.True(result.Total >= 1);
    }

    [Fact]
    public void Snippets_are_HTML_safe()
    {
        var result = _search.Search("Kinder");

        Assert.All(result.Items, h => Assert.DoesNotContain("<script", h.Snippet));
        Assert.Contains(result.Items, h => h.Snippet.Contains("<mark>Kinder</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public void When_nothing_is_found_a_close_word_from_the_index_is_suggested()
    {
        var result = _search.Search("Pfege");

        Assert.Equal(0, result.Total);
        Assert.Equal("pflege", result.DidYouMean);
    }

    [Fact]
    public async Task An_edited_offer_is_found_under_its_new_title_and_no_longer_under_the_old()
    {
        Assert.NotEmpty(_search.Search("Abend").Items);
        await using (var db = _search.Database.NewContext())
        {
            var service = new OfferService(db, TimeProvider.System);
            var offer = await db.Offers.Include(o => o.Texts).Include(o => o.Municipalities).SingleAsync(o => o.Slug == "deutschkurs-abend-oftersheim");
            offer.Texts[0].Title = "Sprachkurs nach Feierabend";
            Assert.True((await service.SaveAsync(offer, IntegrationsNetz.Core.Common.StaffActor.System)).Succeeded);
        }

        Assert.Contains(_search.Search("Deutschkurs am Abend").Items, h => h.Title == "Deutschkurs am Abend");
        await _search.Indexer.CatchUpAsync();

        Assert.DoesNotContain(_search.Search("Deutschkurs am Abend").Items, h => h.Title == "Deutschkurs am Abend");
        var renamed = Assert.Single(_search.Search("Feierabend").Items);
        Assert.Equal(("deutschkurs-abend-oftersheim", "Sprachkurs nach Feierabend"), (renamed.Slug, renamed.Title));
    }

    [Fact]
    public async Task A_deleted_or_unpublished_offer_leaves_the_index()
    {
        await using (var db = _search.Database.NewContext())
        {
            var service = new OfferService(db, TimeProvider.System);
            var jobcenter = await db.Offers.SingleAsync(o => o.Slug == "jobcenter-weinheim");
            Assert.True((await service.DeleteAsync(jobcenter.Id, IntegrationsNetz.Core.Common.StaffActor.System)).Succeeded);
            var cafe = await db.Offers.Include(o => o.Texts).Include(o => o.Municipalities).SingleAsync(o => o.Slug == "sprachcafe-goeppingen");
            cafe.Status = OfferStatus.Draft;
            Assert.True((await service.SaveAsync(cafe, IntegrationsNetz.Core.Common.StaffActor.System)).Succeeded);
        }

        await _search.Indexer.CatchUpAsync();

        Assert.Empty(_search.Search("Jobcenter").Items);
        Assert.Empty(_search.Search("Sprachcafé").Items);
        Assert.Equal(6, _search.Search(null).Total);
    }

    [Fact]
    public async Task An_index_written_by_older_code_is_emptied_and_rebuilt_from_the_database()
    {
        _search.Index.Dispose();
        using (var directory = Lucene.Net.Store.FSDirectory.Open(_search.DataDirectory.SearchIndex))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GermanSearchAnalyzer.Version, new GermanSearchAnalyzer())))
        {
            // Commit data as written before the index recorded its schema.
            writer.SetCommitData(new Dictionary<string, string> { ["cursor"] = "1" });
            writer.Commit();
        }

        var reopened = new SearchIndex(_search.DataDirectory, Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchIndex>.Instance);
        reopened.Open();
        Assert.True(reopened.NeedsRebuild);
        Assert.Equal(0, reopened.DocumentCount);
        reopened.Dispose();

        await _search.Indexer.CatchUpAsync();

        Assert.False(_search.Index.NeedsRebuild);
        Assert.Equal(8, _search.Search(null).Total);
        Assert.Equal("buergeramt-eppelheim", _search.Search("Bürgeramt").Items[0].Slug);
    }

    [Fact]
    public async Task A_damaged_index_is_rebuilt_from_the_database()
    {
        _search.Index.Dispose();
        var files = Directory.GetFiles(_search.DataDirectory.SearchIndex);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            await File.WriteAllBytesAsync(file, new byte[64]);
        }

        var reopened = new SearchIndex(_search.DataDirectory, Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchIndex>.Instance);
        reopened.Open();
        Assert.True(reopened.NeedsRebuild);
        reopened.Dispose();

        await _search.Indexer.CatchUpAsync();

        Assert.False(_search.Index.NeedsRebuild);
        Assert.Equal(8, _search.Search(null).Total);
        Assert.Equal("buergeramt-eppelheim", _search.Search("Bürgeramt").Items[0].Slug);
    }
}
