using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Localization;

/// <summary>
/// The administrator's overview of UI texts without a translation: reached from the start page, it counts per
/// language and lists each missing public text with its file, key and German text. The portal under test has the test
/// plugin, whose resource file lacks two English texts and every Arabic one.
/// </summary>
public sealed class UiTextsPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_administrator_follows_the_start_page_to_the_missing_texts_per_language()
    {
        var session = new BrowserlessSession(factory);
        var start = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var link = start.Document.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Übersetzungen der Oberfläche");

        var page = await session.GetAsync(link.GetAttribute("href")!);

        Assert.Equal("Übersetzungen der Oberfläche", page.Document.QuerySelector("h1")!.TextContent.Trim());
        var counts = page.Document.QuerySelectorAll("#ui-text-counts tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal(["English (en)", "العربية (ar)", "فارسی (fa)", "Українська (uk)", "Türkçe (tr)", "Русский (ru)"], counts.Keys);
        Assert.Equal("2", counts["English (en)"]);
        Assert.Equal("3", counts["العربية (ar)"]);

        var english = page.Document.QuerySelectorAll("#missing-en tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["TestPluginTexts | Empty | Leer übersetzt", "TestPluginTexts | Farewell | Auf Wiedersehen"], english);
        Assert.Equal("2 öffentliche Texte ohne Übersetzung", page.Document.QuerySelector("#missing-en caption")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_editor_has_neither_the_link_nor_the_page()
    {
        await TestAccounts.EnsureAsync(factory, "redaktion.texte@weinheim.example", "Editor", "weinheim");
        var session = new BrowserlessSession(factory);
        var start = await session.LoginAsync("redaktion.texte@weinheim.example", TestAccounts.DefaultPassword);
        Assert.Null(start.Document.QuerySelector("a[href='/backoffice/ui-texts']"));

        var page = await session.GetAsync("/backoffice/ui-texts");
        Assert.EndsWith("/backoffice/access-denied", page.Path, StringComparison.Ordinal);
    }
}
