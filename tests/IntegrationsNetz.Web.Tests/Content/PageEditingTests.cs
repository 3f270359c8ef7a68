using System.Net;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Content;

/// <summary>The editor's journey through the back office, without JavaScript, on the demo content.</summary>
public sealed class PageEditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Edit_publish_see_it_live_roll_back_and_export_the_change_as_a_file()
    {
        var session = new BrowserlessSession(factory);
        var dashboard = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Equal("/backoffice", dashboard.Path);

        var list = await session.GetAsync("/backoffice/pages?owner=eppelheim");
        var row = list.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector(".path")!.TextContent == "deutsch-lernen");
        var editUrl = row.QuerySelector("a[href$='/de']")!.GetAttribute("href")!;
        var edit = await session.GetAsync(editUrl);
        var originalTitle = edit.Document.QuerySelector("input[name='Input.Title']")!.GetAttribute("value")!;
        var live = await session.GetAsync("/de/eppelheim/deutsch-lernen");
        Assert.Equal(originalTitle, live.Document.QuerySelector("article h1")!.TextContent);

        var saved = await session.SubmitAsync(edit, "form.editor", new Dictionary<string, string>
        {
            ["Input.Title"] = "Deutsch lernen in Eppelheim",
            ["Input.Body"] = "## Neu ab Januar\r\n\r\nEin **Sprachcafé** jeden Dienstag im Rathaus.",
            ["publish"] = "true",
        });
        Assert.Contains("veröffentlicht", saved.Document.QuerySelector("[role=status]")!.TextContent);

        live = await session.GetAsync("/de/eppelheim/deutsch-lernen");
        Assert.Equal("Deutsch lernen in Eppelheim", live.Document.QuerySelector("article h1")!.TextContent);
        Assert.Equal("Sprachcafé", live.Document.QuerySelector(".page-body strong")!.TextContent);

        var files = TestPaths.CopyDirectory(TestPaths.DemoContent, "usync");
        using (var scope = factory.Services.CreateScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportAsync(files);
            var changed = report.Lines.Where(l => l.Change != SyncChange.Unchanged).ToList();
            Assert.Contains(changed, l => l is { Change: SyncChange.Updated, File: "Content/eppelheim/deutsch-lernen.config" });
            Assert.Contains("<Title>Deutsch lernen in Eppelheim</Title>", File.ReadAllText(Path.Combine(files, "Content/eppelheim/deutsch-lernen.config")));
        }

        var history = await session.GetAsync(editUrl + "/history");
        var rolledBack = await session.SubmitAsync(history, "form[data-revision='1']");
        Assert.Contains("wiederhergestellt und veröffentlicht", rolledBack.Document.QuerySelector("[role=status]")!.TextContent);

        live = await session.GetAsync("/de/eppelheim/deutsch-lernen");
        Assert.Equal(originalTitle, live.Document.QuerySelector("article h1")!.TextContent);
    }

    [Fact]
    public async Task The_translator_sees_word_by_word_what_changed_in_the_German_text_and_a_preview_saves_nothing()
    {
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var list = await session.GetAsync("/backoffice/pages?owner=oftersheim");
        var row = list.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector(".path")!.TextContent == "ankommen");
        var german = await session.GetAsync(row.QuerySelector("a[href$='/de']")!.GetAttribute("href")!);
        var englishUrl = row.QuerySelector("a[href$='/en']")!.GetAttribute("href")!;
        var english = await session.GetAsync(englishUrl);
        Assert.Null(english.Document.QuerySelector("section.source-changes"));

        var body = german.Document.QuerySelector("textarea[name='Input.Body']")!.TextContent;
        var firstWord = body.Split(' ', 2)[0];
        await session.SubmitAsync(german, "form.editor", new Dictionary<string, string>
        {
            ["Input.Body"] = "Willkommen! " + body[(firstWord.Length + 1)..] + "\n\nNeu: eine Sprechstunde am Freitag.",
            ["publish"] = "true",
        });

        english = await session.GetAsync(englishUrl);
        var diff = english.Document.QuerySelector("section.source-changes #source-diff")!;
        Assert.Equal("de", english.Document.QuerySelector("section.source-changes .word-diff")!.GetAttribute("lang"));
        Assert.Contains(diff.QuerySelectorAll("ins"), i => i.TextContent.Contains("Sprechstunde", StringComparison.Ordinal));
        Assert.Contains(diff.QuerySelectorAll("ins"), i => i.TextContent.Contains("Willkommen", StringComparison.Ordinal));
        Assert.Contains(diff.QuerySelectorAll("del"), d => d.TextContent.Contains(firstWord, StringComparison.Ordinal));
        Assert.DoesNotContain(diff.QuerySelectorAll("ins, del"), e => e.TextContent.Contains(body.Split(' ')[3], StringComparison.Ordinal));

        // The preview shows the Markdown as readers see it and keeps what was typed, without saving it.
        var before = english.Document.QuerySelector("textarea[name='Input.Body']")!.TextContent;
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)english.Document.QuerySelector("form.editor")!;
        form.Action = "?handler=Preview";
        var preview = await session.SubmitAsync(english, form, new Dictionary<string, string> { ["Input.Body"] = "Ein **fetter** Entwurf" });
        Assert.Equal("fetter", preview.Document.QuerySelector("#preview strong")!.TextContent);
        Assert.Equal("Ein **fetter** Entwurf", preview.Document.QuerySelector("textarea[name='Input.Body']")!.TextContent.Trim());
        var again = await session.GetAsync(englishUrl);
        Assert.Equal(before, again.Document.QuerySelector("textarea[name='Input.Body']")!.TextContent);
    }

    [Fact]
    public async Task A_page_without_a_title_is_refused_with_a_German_message_and_nothing_changes()
    {
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var list = await session.GetAsync("/backoffice/pages?owner=plankstadt");
        var editUrl = list.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector(".path")!.TextContent == "ankommen")
            .QuerySelector("a[href$='/de']")!.GetAttribute("href")!;
        var edit = await session.GetAsync(editUrl);

        var refused = await session.SubmitAsync(edit, "form.editor", new Dictionary<string, string> { ["Input.Title"] = " ", ["publish"] = "true" });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Titel ist erforderlich.", refused.Document.QuerySelector(".errors")!.TextContent);
        var live = await session.GetAsync("/de/plankstadt/ankommen");
        Assert.Equal("Ankommen in Plankstadt", live.Document.QuerySelector("article h1")!.TextContent);
    }

    [Fact]
    public async Task A_new_page_starts_as_a_draft_that_visitors_cannot_see()
    {
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var create = await session.GetAsync("/backoffice/pages/new?owner=weinheim");

        var edit = await session.SubmitAsync(create, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Sprechstunde für Ehrenamtliche",
            ["Input.Body"] = "Jeden ersten Montag im Monat.",
        });

        Assert.Matches("^/backoffice/pages/[0-9a-f-]+/de$", edit.Path);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/de/weinheim/sprechstunde-fuer-ehrenamtliche")).Status);
        await session.SubmitAsync(edit, "form.editor", new Dictionary<string, string> { ["publish"] = "true" });
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/de/weinheim/sprechstunde-fuer-ehrenamtliche")).Status);
    }

    [Fact]
    public async Task An_empty_order_is_refused_with_a_German_message_and_the_page_keeps_its_place()
    {
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var create = await session.GetAsync("/backoffice/pages/new?owner=weinheim");
        var refused = await session.SubmitAsync(create, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Seite ohne Reihenfolge", ["Input.Body"] = "Text.", ["Input.SortOrder"] = string.Empty,
        });

        Assert.Equal("/backoffice/pages/new", refused.Path);
        Assert.Contains("Bitte geben Sie eine Reihenfolge an", refused.Document.QuerySelector("#Input_SortOrder-error")!.TextContent);
        Assert.Equal("true", refused.Document.QuerySelector("#Input_SortOrder")!.GetAttribute("aria-invalid"));
        Assert.DoesNotContain("field is required", refused.Document.Body!.InnerHtml, StringComparison.Ordinal);

        var edit = await session.SubmitAsync(refused, "main form", new Dictionary<string, string> { ["Input.SortOrder"] = "20" });
        Assert.Equal("20", edit.Document.QuerySelector("#Structure_SortOrder")!.GetAttribute("value"));
        var kept = await session.SubmitAsync(edit, "form[action*='Structure']", new Dictionary<string, string> { ["Structure.SortOrder"] = string.Empty });
        Assert.Contains("Bitte geben Sie eine Reihenfolge an", kept.Document.QuerySelector(".errors")!.TextContent);
        Assert.Equal("20", (await session.GetAsync(edit.Path)).Document.QuerySelector("#Structure_SortOrder")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Deleting_a_page_needs_the_tick_that_confirms_it_and_without_it_nothing_is_deleted()
    {
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var create = await session.GetAsync("/backoffice/pages/new?owner=weinheim");
        var edit = await session.SubmitAsync(create, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Seite zum Löschen",
            ["Input.Body"] = "Nur kurz.",
        });
        await session.SubmitAsync(edit, "form.editor", new Dictionary<string, string> { ["publish"] = "true" });
        edit = await session.GetAsync(edit.Path);

        var refused = await session.SubmitAsync(edit, "form[aria-labelledby='delete-heading']");

        Assert.Contains("Bitte bestätigen Sie das Löschen", refused.Document.QuerySelector(".errors")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/de/weinheim/seite-zum-loeschen")).Status);

        var deleted = await session.SubmitAsync(edit, "form[aria-labelledby='delete-heading']", new Dictionary<string, string> { ["confirmDelete"] = "true" });

        Assert.Equal("/backoffice/pages", deleted.Path);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/de/weinheim/seite-zum-loeschen")).Status);
    }

    [Fact]
    public async Task An_editor_edits_only_the_pages_of_the_municipalities_they_work_for()
    {
        await TestAccounts.CreateAsync(factory, "redaktion@goeppingen.example", "Editor", TestAccounts.DefaultPassword, "goeppingen");
        var session = new BrowserlessSession(factory);
        await session.LoginAsync("redaktion@goeppingen.example", TestAccounts.DefaultPassword);

        var list = await session.GetAsync("/backoffice/pages");
        var owners = list.Document.QuerySelectorAll("#owner option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["goeppingen"], owners);

        var admin = new BrowserlessSession(factory);
        await admin.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var foreign = (await admin.GetAsync("/backoffice/pages?owner=oftersheim")).Document.QuerySelector("tbody a[href$='/de']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync(foreign)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/backoffice/users")).Status);
    }

    [Fact]
    public async Task The_back_office_requires_a_login()
    {
        var page = await new BrowserlessSession(factory).GetAsync("/backoffice/pages");

        Assert.Equal("/backoffice/login", page.Path);
    }
}
