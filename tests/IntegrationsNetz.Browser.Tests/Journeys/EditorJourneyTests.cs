using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Testing;
using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests.Journeys;

/// <summary>
/// An editor of Oftersheim at a desk (1280 px) changes the German text of a page and publishes it; readers of the
/// English and Arabic page are told, in their language, that the German text is newer; the editor's start page leads
/// to the outdated translation, whose editor shows word by word what changed in German; once the translation is
/// updated the note is gone. Every page on the way passes <see cref="PageChecks"/>.
/// </summary>
public sealed partial class EditorJourneyTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private const string Email = "redaktion.journey@oftersheim.example";
    private const string PagePath = "oftersheim/deutsch-lernen";

    [Fact]
    public async Task An_editor_changes_the_German_text_readers_see_the_translation_is_older_and_the_editor_brings_it_up_to_date()
    {
        await TestAccounts.CreateAsync(portal, Email, Roles.Editor, TestAccounts.DefaultPassword, "oftersheim");
        var editor = await portal.NewPageAsync(1280, 800);
        var reader = await portal.NewPageAsync(1280, 800, locale: "en");
        async Task StepAsync(Func<Task> action) => await PageChecks.AssertSoundAsync(editor, await PageChecks.NavigationAsync(editor, action));
        async Task<string> StatusAsync() => (await editor.Locator("main [role=status]").TextContentAsync())!.Trim();

        // Before: the English page is current and says nothing about the German text.
        await PageChecks.AssertSoundAsync(reader, await reader.GotoAsync($"/en/{PagePath}"));
        Assert.Equal(0, await reader.Locator(".fallback-note").CountAsync());

        await PageChecks.AssertSoundAsync(editor, await editor.GotoAsync("/backoffice/login"));
        await editor.FillAsync("#Input_Email", Email);
        await editor.FillAsync("#Input_Password", TestAccounts.DefaultPassword);
        await StepAsync(() => editor.Locator("main form button[type=submit]").First.ClickAsync());
        var outdatedBefore = await OutdatedInOftersheimAsync(editor);

        // The German text, changed with a Markdown preview first, then published.
        await StepAsync(() => editor.Locator("header a[href='/backoffice/pages']").ClickAsync());
        await editor.SelectOptionAsync("#owner", "oftersheim");
        await StepAsync(() => editor.Locator("main form.inline-form button[type=submit]").ClickAsync());
        await StepAsync(() => Row(editor).Locator("a[href$='/de']").ClickAsync());
        Assert.False(await editor.Locator("form.editor .errors li").First.IsVisibleAsync(), "an empty error list shows no bullet");
        var body = await editor.InputValueAsync("#Input_Body");
        var changed = body.Replace("Es gibt viele Wege zum Lernen", "Es gibt viele gute Wege zum Lernen", StringComparison.Ordinal)
            + "\n\nNeu: eine **Sprechstunde** zum Deutschlernen jeden Freitag im Rathaus.";
        Assert.NotEqual(body, changed);
        await editor.FillAsync("#Input_Body", changed);
        await StepAsync(() => editor.Locator("form.editor button[formaction*='Preview']").ClickAsync());
        Assert.Equal("Sprechstunde", await editor.Locator("#preview strong").Last.TextContentAsync());
        Assert.Equal(changed.ReplaceLineEndings("\n"), (await editor.InputValueAsync("#Input_Body")).ReplaceLineEndings("\n"));
        await StepAsync(() => editor.Locator("form.editor button[name=publish][value=true]").ClickAsync());
        Assert.Equal("Gespeichert und veröffentlicht.", await StatusAsync());
        var changedOn = DateTime.UtcNow;

        // The English reader is told in English, with the date of the German change and a link to the German text.
        await PageChecks.AssertSoundAsync(reader, await reader.ReloadAsync());
        var note = reader.Locator(".fallback-note");
        Assert.Equal(
            $"The German text of this page was changed on {changedOn.ToString("d", CultureInfo.GetCultureInfo("en-GB"))}. This translation is older and may no longer be accurate. Read the current German text",
            Regex.Replace((await note.TextContentAsync())!, @"\s+", " ").Trim());
        Assert.Equal($"/de/{PagePath}", await note.Locator("a").GetAttributeAsync("href"));
        Assert.Equal("de", await note.Locator("a").GetAttributeAsync("hreflang"));

        // The Arabic reader gets the note in Arabic, right to left.
        var arabic = await portal.NewPageAsync(1280, 800, locale: "ar");
        await PageChecks.AssertSoundAsync(arabic, await arabic.GotoAsync($"/ar/{PagePath}"));
        var arabicNote = arabic.Locator(".fallback-note");
        Assert.StartsWith("تم تغيير النص الألماني لهذه الصفحة بتاريخ", (await arabicNote.TextContentAsync())!.Trim(), StringComparison.Ordinal);
        Assert.Equal("اقرأ النص الألماني الحالي", (await arabicNote.Locator("a").TextContentAsync())!.Trim());
        Assert.Equal("rtl", await arabicNote.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        // The first word starts at the right edge of the note, not at the left.
        var (fromRight, fromLeft) = (await arabicNote.EvaluateAsync<double[]>(
            "e => { const r = document.createRange(); r.setStart(e.firstChild, 0); r.setEnd(e.firstChild, 3); const c = r.getClientRects()[0]; const b = e.getBoundingClientRect(); return [b.right - c.right, c.left - b.left]; }")) switch { var d => (d[0], d[1]) };
        Assert.True(fromRight < fromLeft, $"the Arabic note starts {fromRight}px from the right and {fromLeft}px from the left");

        // The start page names the outdated translations as a task; it leads to Oftersheim's pages and the English one.
        await StepAsync(() => editor.Locator("header a[href='/backoffice']").First.ClickAsync());
        var outdatedAfter = await OutdatedInOftersheimAsync(editor);
        Assert.True(outdatedAfter >= outdatedBefore + 2, $"outdated translations in Oftersheim: {outdatedBefore} before, {outdatedAfter} after");
        await StepAsync(() => editor.Locator("#tasks a", new() { HasText = "Oftersheim" }).ClickAsync());
        var english = Row(editor).Locator("a[href$='/en']");
        Assert.Contains("veraltet", await english.TextContentAsync(), StringComparison.Ordinal);
        await StepAsync(() => english.ClickAsync());
        Assert.Equal("veraltet", (await editor.Locator("[data-testid=state]").TextContentAsync())!.Trim());

        // Word by word what changed in German: the inserted words, nothing of what stayed.
        var diff = editor.Locator("section.source-changes #source-diff");
        var inserted = string.Join(" ", await diff.Locator("ins").AllTextContentsAsync());
        Assert.Contains("gute", inserted, StringComparison.Ordinal);
        Assert.Contains("Sprechstunde", inserted, StringComparison.Ordinal);
        Assert.DoesNotContain("Integrationskurs", inserted, StringComparison.Ordinal);

        var translation = (await editor.InputValueAsync("#Input_Body"))
            .Replace("There are many ways to learn", "There are many good ways to learn", StringComparison.Ordinal)
            + "\n\nNew: a **consultation hour** for learning German every Friday at the town hall.";
        await editor.FillAsync("#Input_Body", translation);
        await StepAsync(() => editor.Locator("form.editor button[formaction*='Preview']").ClickAsync());
        Assert.Equal("consultation hour", await editor.Locator("#preview strong").Last.TextContentAsync());
        await editor.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("journey-editor-1280"), FullPage = true });
        await StepAsync(() => editor.Locator("form.editor button[name=publish][value=true]").ClickAsync());
        Assert.Equal("Gespeichert und veröffentlicht.", await StatusAsync());
        Assert.Equal("öffentlich", (await editor.Locator("[data-testid=state]").TextContentAsync())!.Trim());
        Assert.Equal(0, await editor.Locator("section.source-changes").CountAsync());

        // The English page is current again: the new text, and no note.
        await PageChecks.AssertSoundAsync(reader, await reader.ReloadAsync());
        Assert.Equal(0, await reader.Locator(".fallback-note").CountAsync());
        Assert.Contains("consultation hour", await reader.Locator("article").TextContentAsync(), StringComparison.Ordinal);
    }

    private static ILocator Row(IPage page) => page.Locator("tbody tr", new() { Has = page.Locator(".path", new() { HasTextRegex = new Regex("^deutsch-lernen$") }) });

    /// <summary>The number in the start page's task for Oftersheim's outdated translations (0 without that task).</summary>
    private static async Task<int> OutdatedInOftersheimAsync(IPage page)
    {
        var task = page.Locator("#tasks a", new() { HasText = "Oftersheim" });
        if (await task.CountAsync() == 0)
        {
            return 0;
        }

        return int.Parse(Number().Match((await task.TextContentAsync())!).Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
