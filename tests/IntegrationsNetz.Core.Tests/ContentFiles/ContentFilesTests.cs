using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Tests.Infrastructure;
using IntegrationsNetz.Testing;
using IntegrationsNetz.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Tests.ContentFiles;

public sealed class ContentFilesTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_wipe_import_export_gives_byte_identical_files(string provider)
    {
        await using var first = await TestDatabase.CreateAsync(provider);
        await SeedAsync(first);
        var exportA = TestPaths.NewTempDirectory("export-a");
        await using (var db = first.NewContext())
        {
            await new ContentExporter(db).ExportAsync(exportA);
        }

        await using var wiped = await TestDatabase.CreateAsync(provider);
        await using (var db = wiped.NewContext())
        {
            var report = await new ContentImporter(db, _time).ImportAsync(exportA);
            Assert.Equal(0, report.Count(SyncChange.Updated));
            Assert.True(report.Count(SyncChange.Created) >= 10);
        }

        var exportB = TestPaths.NewTempDirectory("export-b");
        await using (var db = wiped.NewContext())
        {
            await new ContentExporter(db).ExportAsync(exportB);
        }

        AssertSameFiles(exportA, exportB);
        var course = File.ReadAllText(Path.Combine(exportA, "Offers/LanguageCourse/deutschkurs-muster.config"));
        Assert.Contains("<FeeAmount>12.5</FeeAmount>", course);
        Assert.Contains("<Item>Monday</Item>", course);
        Assert.Contains("<Title>Arriving</Title>", File.ReadAllText(Path.Combine(exportA, "Content/musterstadt/ankommen.config")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_same_files_twice_changes_nothing_the_second_time(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await SeedAsync(source);
        var files = TestPaths.NewTempDirectory("export");
        await using (var db = source.NewContext())
        {
            await new ContentExporter(db).ExportAsync(files);
        }

        // Every file of the seed is read both times: an import that read nothing would also change nothing.
        var exported = Directory.GetFiles(files, "*.config", SearchOption.AllDirectories).Length;
        Assert.True(exported >= 10, $"the seed exports {exported} files");
        await using var target = await TestDatabase.CreateAsync(provider);
        await using (var db = target.NewContext())
        {
            Assert.Equal(exported, (await new ContentImporter(db, _time).ImportAsync(files)).Count(SyncChange.Created));
        }

        await using (var db = target.NewContext())
        {
            var second = await new ContentImporter(db, _time).ImportAsync(files);
            Assert.Equal(exported, second.Lines.Count);
            Assert.Equal(second.Lines.Count, second.Count(SyncChange.Unchanged));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_malformed_file_stops_the_import_names_file_and_line_and_changes_nothing(string provider)
    {
        var files = await ExportSeedAsync(provider);
        var broken = Path.Combine(files, "Municipalities/musterstadt.config");
        var lines = File.ReadAllLines(broken);
        Assert.Equal("  <Name>Musterstadt</Name>", lines[2]);
        lines[2] = "  <Name>Muster & Stadt</Name>";
        File.WriteAllLines(broken, lines);

        await using var target = await TestDatabase.CreateAsync(provider);
        await using var db = target.NewContext();
        var error = await Assert.ThrowsAsync<SyncFileException>(() => new ContentImporter(db, _time).ImportAsync(files));

        Assert.Equal("Municipalities/musterstadt.config", error.File);
        Assert.Equal(3, error.Line);
        await using var check = target.NewContext();
        Assert.Equal(0, await check.Districts.CountAsync());
        Assert.Equal(0, await check.Pages.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_that_breaks_a_rule_stops_the_import_with_the_rule(string provider)
    {
        var files = await ExportSeedAsync(provider);
        var file = Path.Combine(files, "Municipalities/musterstadt.config");
        File.WriteAllText(file, File.ReadAllText(file).Replace("<Latitude>49.4</Latitude>", "<Latitude>8.6</Latitude>"));

        await using var target = await TestDatabase.CreateAsync(provider);
        await using var db = target.NewContext();
        var error = await Assert.ThrowsAsync<SyncFileException>(() => new ContentImporter(db, _time).ImportAsync(files));

        Assert.Equal("Municipalities/musterstadt.config", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("Deutschland", error.Reason);
        await using var check = target.NewContext();
        Assert.Equal(0, await check.Municipalities.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dry_run_reports_what_would_change_and_changes_nothing(string provider)
    {
        var files = await ExportSeedAsync(provider);
        await using var target = await TestDatabase.CreateAsync(provider);
        await using (var db = target.NewContext())
        {
            var report = await new ContentImporter(db, _time).ImportAsync(files, dryRun: true);
            Assert.True(report.DryRun);
            Assert.Contains(report.Lines, l => l is { Change: SyncChange.Created, ItemType: "Page", Alias: "ankommen" });
        }

        await using var check = target.NewContext();
        Assert.Equal(0, await check.Pages.CountAsync());
        Assert.Equal(0, await check.Municipalities.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_page_travels_as_a_tombstone_and_is_deleted_on_import(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await SeedAsync(source);
        var files = TestPaths.NewTempDirectory("export");
        await using (var db = source.NewContext())
        {
            await new ContentExporter(db).ExportAsync(files);
        }

        await using var target = await TestDatabase.CreateAsync(provider);
        await using (var db = target.NewContext())
        {
            await new ContentImporter(db, _time).ImportAsync(files);
        }

        Guid pageId;
        await using (var db = source.NewContext())
        {
            pageId = (await db.Pages.SingleAsync(p => p.Slug == "wohnen")).Id;
            Assert.True((await new PageService(db, _time).DeleteAsync(pageId, StaffActor.System)).Succeeded);
            var export = await new ContentExporter(db).ExportAsync(files);
            Assert.Contains(export.Lines, l => l.Change == SyncChange.Deleted && l.File == "Content/musterstadt/ankommen/wohnen.config");
            Assert.Contains(export.Lines, l => l.Change == SyncChange.Created && l.File == $"Deleted/Page/{pageId}.config");
        }

        await using (var db = target.NewContext())
        {
            var report = await new ContentImporter(db, _time).ImportAsync(files);
            Assert.Contains(report.Lines, l => l is { Change: SyncChange.Deleted, Alias: "wohnen" });
        }

        await using var check = target.NewContext();
        Assert.False(await check.Pages.AnyAsync(p => p.Id == pageId));
        Assert.True(await check.Tombstones.AnyAsync(t => t.Id == pageId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edit_shows_up_as_exactly_one_changed_file(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await SeedAsync(source);
        var files = TestPaths.NewTempDirectory("export");
        await using (var db = source.NewContext())
        {
            await new ContentExporter(db).ExportAsync(files);
            var page = await db.Pages.SingleAsync(p => p.Slug == "ankommen");
            await new PageService(db, _time).SaveAsync(new SaveVariant(page.Id, "de", "Ankommen", "Neuer Text"), StaffActor.System);
        }

        await using (var db = source.NewContext())
        {
            var report = await new ContentExporter(db).ExportAsync(files);
            var changed = Assert.Single(report.Lines, l => l.Change != SyncChange.Unchanged);
            Assert.Equal(SyncChange.Updated, changed.Change);
            Assert.Equal("Content/musterstadt/ankommen.config", changed.File);
        }
    }

    private async Task<string> ExportSeedAsync(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await SeedAsync(source);
        var files = TestPaths.NewTempDirectory("export");
        await using var db = source.NewContext();
        await new ContentExporter(db).ExportAsync(files);
        return files;
    }

    /// <summary>One of every item type, a page tree with a child, a translation, a draft change and a schedule.</summary>
    private async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var organisation = new OrganisationService(db, _time);
        var district = new District { Name = "Musterkreis", Slug = "musterkreis", OfficialKey = "08999" };
        Assert.True((await organisation.SaveAsync(district)).Succeeded);
        var municipality = new Municipality { Name = "Musterstadt", Slug = "musterstadt", OfficialKey = "08999001", Postcodes = ["68999", "68998"], Latitude = 49.4, Longitude = 8.6, DistrictId = district.Id };
        Assert.True((await organisation.SaveAsync(municipality)).Succeeded);
        var provider = new Provider { Name = "Beispielträger e. V.", Slug = "beispieltraeger", Email = "integration@beispieltraeger.example" };
        Assert.True((await organisation.SaveAsync(provider)).Succeeded);
        Assert.True((await organisation.SaveAsync(new Cooperation { Name = "Verbund Muster", Slug = "verbund-muster", Municipalities = [municipality], Providers = [provider] }, StaffActor.System)).Succeeded);
        Assert.True((await organisation.SaveAsync(new Team { Name = "Tandem Muster", Slug = "tandem-muster", Kind = TeamKind.Tandem, ProviderId = provider.Id, Municipalities = [municipality] }, StaffActor.System)).Succeeded);

        var pages = new PageService(db, _time);
        var arriving = (await pages.CreateAsync(new CreatePage(municipality.Id, null, "ankommen", 0, "Ankommen", "## Willkommen\n\nText & mehr <b>fett</b>"), StaffActor.System)).Value!;
        await pages.PublishAsync(arriving.Id, "de", StaffActor.System);
        await pages.SaveAsync(new SaveVariant(arriving.Id, "en", "Arriving", "## Welcome"), StaffActor.System);
        await pages.PublishAsync(arriving.Id, "en", StaffActor.System);
        await pages.SaveAsync(new SaveVariant(arriving.Id, "ar", "الوصول", "## أهلاً وسهلاً"), StaffActor.System);
        var housing = (await pages.CreateAsync(new CreatePage(municipality.Id, arriving.Id, "wohnen", 1, "Wohnen", "Anschlussunterbringung"), StaffActor.System)).Value!;
        await pages.PublishAsync(housing.Id, "de", StaffActor.System);
        await pages.SaveAsync(new SaveVariant(housing.Id, "de", "Wohnen", "Geänderter Entwurf"), StaffActor.System);
        var now = _time.GetUtcNow().UtcDateTime;
        await pages.ScheduleAsync(new SchedulePage(housing.Id, "de", now.AddDays(1), now.AddDays(30)), StaffActor.System);
        var offers = new Offers.OfferService(db, _time);
        Assert.True((await offers.SaveAsync(new Offers.LanguageCourse
        {
            Slug = "deutschkurs-muster", Status = Offers.OfferStatus.Published, Municipalities = [municipality],
            Texts = [new Offers.OfferText { Culture = "de", Title = "Deutschkurs mit Kinderbetreuung", Description = "Vormittags, **mit** Kinderbetreuung." }, new Offers.OfferText { Culture = "en", Title = "German course with childcare" }],
            CourseType = Offers.CourseType.IntegrationskursEltern, LevelFrom = Offers.CefrLevel.A1, LevelTo = Offers.CefrLevel.B1, StartsOn = new DateOnly(2027, 1, 11), EndsOn = new DateOnly(2027, 7, 2),
            Weekdays = [DayOfWeek.Monday, DayOfWeek.Wednesday], TimeFrom = new TimeOnly(8, 30), TimeTo = new TimeOnly(12, 0), Childcare = true, Cost = Offers.CourseCost.Fee, FeeAmount = 12.5m,
            Places = 16, PlacesTaken = 3, Latitude = 49.4, Longitude = 8.6, Tags = ["Eltern", "Vormittag"], StepFree = Offers.StepFreeAccess.Yes,
        }, StaffActor.System)).Succeeded);
        Assert.True((await offers.SaveAsync(new Offers.Authority
        {
            Slug = "buergeramt-muster", Status = Offers.OfferStatus.Published, Municipalities = [municipality],
            Texts = [new Offers.OfferText { Culture = "de", Title = "Bürgeramt Musterstadt" }],
            AuthorityType = Offers.AuthorityType.Buergeramt, OpeningHours = ["Mo 08:00-12:00", "Do 14:00-18:00"], ByAppointment = true, Languages = ["de", "en"],
        }, StaffActor.System)).Succeeded);
        var imprint = (await pages.CreateAsync(new CreatePage(null, null, "impressum", 0, "Impressum", "Redaktion: redaktion@integrationsnetz.example"), StaffActor.System)).Value!;
        await pages.PublishAsync(imprint.Id, "de", StaffActor.System);
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        static List<string> List(string root) =>
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(List(expected));
        Assert.Equal(List(expected), List(actual));
        foreach (var file in List(expected))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
        }
    }
}
