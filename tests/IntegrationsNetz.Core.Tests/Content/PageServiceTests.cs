using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Tests.Content;

public sealed class PageServiceTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saving_a_draft_leaves_the_published_text_until_it_is_published(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pageId = await CreatePublishedPageAsync(database, "Deutsch lernen", "Alter Text");

        await using (var db = database.NewContext())
        {
            var saved = await new PageService(db, _time).SaveAsync(new SaveVariant(pageId, "de", "Deutsch lernen", "Neuer Text"), StaffActor.System);
            Assert.True(saved.Succeeded);
        }

        await using (var db = database.NewContext())
        {
            var variant = await db.PageVariants.SingleAsync(v => v.PageId == pageId);
            Assert.Equal("Alter Text", variant.PublishedBody);
            Assert.Equal(PageState.PublishedWithChanges, variant.State);
            await new PageService(db, _time).PublishAsync(pageId, "de", StaffActor.System);
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal("Neuer Text", (await db.PageVariants.SingleAsync(v => v.PageId == pageId)).PublishedBody);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rollback_restores_the_old_text_and_keeps_the_history(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pageId = await CreatePublishedPageAsync(database, "Ankommen", "Erste Fassung");
        await using (var db = database.NewContext())
        {
            var pages = new PageService(db, _time);
            await pages.SaveAsync(new SaveVariant(pageId, "de", "Ankommen", "Zweite Fassung"), StaffActor.System);
            await pages.PublishAsync(pageId, "de", StaffActor.System);
        }

        await using (var db = database.NewContext())
        {
            var result = await new PageService(db, _time).RollbackAsync(pageId, "de", revision: 1, publish: true, StaffActor.System);
            Assert.True(result.Succeeded);
        }

        await using (var check = database.NewContext())
        {
            var variant = await check.PageVariants.SingleAsync(v => v.PageId == pageId);
            Assert.Equal("Erste Fassung", variant.Body);
            Assert.Equal("Erste Fassung", variant.PublishedBody);
            Assert.Equal(3, variant.Revision);
            var history = await check.PageVersions.Where(v => v.PageVariantId == variant.Id).OrderBy(v => v.Revision).Select(v => v.Body).ToListAsync();
            Assert.Equal(["Erste Fassung", "Zweite Fassung", "Erste Fassung"], history);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_translation_becomes_outdated_when_the_German_text_changes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pageId = await CreatePublishedPageAsync(database, "Arbeit", "Text auf Deutsch");
        await using (var db = database.NewContext())
        {
            await new PageService(db, _time).SaveAsync(new SaveVariant(pageId, "en", "Work", "Text in English"), StaffActor.System);
        }

        await AssertStatusAsync(database, pageId, "en", TranslationStatus.UpToDate);
        await AssertStatusAsync(database, pageId, "ar", TranslationStatus.Missing);
        await using (var db = database.NewContext())
        {
            await new PageService(db, _time).SaveAsync(new SaveVariant(pageId, "de", "Arbeit", "Geänderter Text auf Deutsch"), StaffActor.System);
        }

        await AssertStatusAsync(database, pageId, "en", TranslationStatus.Outdated);
        await using (var db = database.NewContext())
        {
            await new PageService(db, _time).SaveAsync(new SaveVariant(pageId, "en", "Work", "Changed text in English"), StaffActor.System);
        }

        await AssertStatusAsync(database, pageId, "en", TranslationStatus.UpToDate);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scheduled_publish_and_unpublish_happen_when_due(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid pageId;
        await using (var db = database.NewContext())
        {
            var municipality = await Fixtures.MunicipalityAsync(db);
            pageId = (await new PageService(db, _time).CreateAsync(new CreatePage(municipality.Id, null, "termine", 0, "Termine", "Sprechstunde"), StaffActor.System)).Value!.Id;
            var scheduled = await new PageService(db, _time).ScheduleAsync(new SchedulePage(pageId, "de", _time.GetUtcNow().UtcDateTime.AddHours(1), _time.GetUtcNow().UtcDateTime.AddDays(1)), StaffActor.System);
            Assert.True(scheduled.Succeeded);
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(0, await new PageService(db, _time).ApplyScheduleAsync());
            Assert.False((await db.PageVariants.SingleAsync()).IsPublished);
        }

        _time.Advance(TimeSpan.FromHours(2));
        await using (var db = database.NewContext())
        {
            await new PageService(db, _time).ApplyScheduleAsync();
            Assert.Equal("Sprechstunde", (await db.PageVariants.SingleAsync()).PublishedBody);
        }

        _time.Advance(TimeSpan.FromDays(1));
        await using (var db = database.NewContext())
        {
            await new PageService(db, _time).ApplyScheduleAsync();
            Assert.False((await db.PageVariants.SingleAsync()).IsPublished);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_is_refused_with_a_German_message_and_nothing_is_saved(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var municipality = await Fixtures.MunicipalityAsync(db);
        var pages = new PageService(db, _time);

        var noTitle = await pages.CreateAsync(new CreatePage(municipality.Id, null, "leer", 0, "  ", "Text"), StaffActor.System);
        var badSlug = await pages.CreateAsync(new CreatePage(municipality.Id, null, "Deutsch Lernen!", 0, "Deutsch", "Text"), StaffActor.System);
        var unknownCulture = await pages.SaveAsync(new SaveVariant(Guid.NewGuid(), "xx", "Titel", "Text"), StaffActor.System);
        var past = await pages.ScheduleAsync(new SchedulePage(Guid.NewGuid(), "de", null, null), StaffActor.System);

        Assert.Equal(OperationStatus.Invalid, noTitle.Status);
        Assert.Contains(noTitle.Errors, e => e.Field == "Title" && e.Message == "Titel ist erforderlich.");
        Assert.Contains(badSlug.Errors, e => e.Field == "Slug" && e.Message.Contains("Kleinbuchstaben", StringComparison.Ordinal));
        Assert.Equal(OperationStatus.Invalid, unknownCulture.Status);
        Assert.Equal(OperationStatus.NotFound, past.Status);
        Assert.Equal(0, await db.Pages.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Schedule_that_ends_before_it_starts_is_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var pageId = await CreatePublishedPageAsync(database, "Termine", "Text");
        await using var db = database.NewContext();
        var now = _time.GetUtcNow().UtcDateTime;

        var result = await new PageService(db, _time).ScheduleAsync(new SchedulePage(pageId, "de", now.AddDays(2), now.AddDays(1)), StaffActor.System);

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Contains(result.Errors, e => e.Field == "UnpublishAt");
        Assert.Null((await db.PageVariants.SingleAsync()).PublishAt);
    }

    private async Task<Guid> CreatePublishedPageAsync(TestDatabase database, string title, string body)
    {
        await using var db = database.NewContext();
        var municipality = await Fixtures.MunicipalityAsync(db);
        var pages = new PageService(db, _time);
        var created = await pages.CreateAsync(new CreatePage(municipality.Id, null, Slugs.From(title), 0, title, body), StaffActor.System);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        await pages.PublishAsync(created.Value!.Id, "de", StaffActor.System);
        return created.Value.Id;
    }

    private static async Task AssertStatusAsync(TestDatabase database, Guid pageId, string culture, TranslationStatus expected)
    {
        await using var db = database.NewContext();
        var page = await db.Pages.Include(p => p.Variants).SingleAsync(p => p.Id == pageId);
        Assert.Equal(expected, PageService.TranslationStatusOf(page, culture));
    }
}
