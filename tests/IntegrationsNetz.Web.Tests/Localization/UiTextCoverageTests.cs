using System.Globalization;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Plugins.CaseMatching;
using IntegrationsNetz.Web.Localization;

namespace IntegrationsNetz.Web.Tests.Localization;

/// <summary>
/// Every public UI text is translated in every UI language: the guard over the resources the build ships, and the
/// counting it relies on, checked against the test plugin's resource file with a missing and an empty translation.
/// </summary>
public sealed class UiTextCoverageTests
{
    private const string TestTexts = "IntegrationsNetz.Web.Tests.Plugins.Resources.TestPluginTexts";

    private static IEnumerable<System.Reflection.Assembly> Shipped =>
        UiTextCoverage.PortalAssemblies(new PluginCatalog([new CaseMatchingPlugin()]));

    [Fact]
    public void Every_public_text_of_the_portal_and_its_plugin_is_translated_in_every_UI_language()
    {
        var gaps = UiTextCoverage.Of(Shipped, UiTextAudience.Portal);

        Assert.Equal(["en", "ar", "fa", "uk", "tr", "ru"], gaps.Select(g => g.Culture.Key));
        var missing = gaps.SelectMany(g => g.Public.Select(m => $"{g.Culture.Key}: {m.Resource}/{m.Key} \"{m.German}\"")).ToList();
        Assert.True(missing.Count == 0, "Public texts without a translation:\n" + string.Join("\n", missing));

        // The guard reads real resources: the back office's German-only texts are found, just not counted as public.
        Assert.All(gaps, g => Assert.Contains(g.BackOffice, m => m is { Resource: "SharedResource", Key: "Dashboard_Title", German: "Übersicht" }));
    }

    [Fact]
    public void A_missing_and_an_empty_translation_are_counted_and_a_translated_text_is_not()
    {
        var assembly = typeof(UiTextCoverageTests).Assembly;
        Assert.Contains(TestTexts, UiTextCoverage.ResourcesIn(assembly));

        var english = UiTextCoverage.MissingIn(assembly, TestTexts, CultureInfo.GetCultureInfo("en"), UiTextAudience.Portal).ToList();
        Assert.Equal(
            [new MissingUiText("TestPluginTexts", "Empty", "Leer übersetzt", true), new MissingUiText("TestPluginTexts", "Farewell", "Auf Wiedersehen", true)],
            english.OrderBy(m => m.Key, StringComparer.Ordinal));

        // Without any Arabic file every text is missing, not taken from German.
        Assert.Equal(3, UiTextCoverage.MissingIn(assembly, TestTexts, CultureInfo.GetCultureInfo("ar"), UiTextAudience.Portal).Count());
    }

    [Fact]
    public void Back_office_texts_are_German_only_and_a_file_nobody_declared_is_public()
    {
        var audience = UiTextAudience.Portal;
        Assert.False(audience.IsPublic("IntegrationsNetz.Web.Resources.SharedResource", "Dashboard_Title"));
        Assert.False(audience.IsPublic("IntegrationsNetz.Web.Resources.SharedResource", "Org_New_teams"));
        Assert.True(audience.IsPublic("IntegrationsNetz.Web.Resources.SharedResource", "Org_Save"));
        Assert.True(audience.IsPublic("IntegrationsNetz.Web.Resources.SharedResource", "Volunteer_Title"));
        Assert.False(audience.IsPublic("IntegrationsNetz.Core.Resources.Messages", "SlugTaken"));
        Assert.True(audience.IsPublic("IntegrationsNetz.Core.Resources.Messages", "OptInUsed"));
        Assert.True(audience.IsPublic(TestTexts, "Farewell"));
    }

    [Fact]
    public void Every_declared_back_office_text_still_exists()
    {
        var unused = Shipped.SelectMany(a => UiTextCoverage.ResourcesIn(a).SelectMany(r =>
            UiTextAudience.Portal.Unused(r, UiTextCoverage.German(a, r).Keys.ToList()).Select(e => $"{r}: {e}"))).ToList();
        Assert.Empty(unused);
    }
}
