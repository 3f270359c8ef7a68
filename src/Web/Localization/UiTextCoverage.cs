using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Plugins;

namespace IntegrationsNetz.Web.Localization;

/// <summary>A German UI text without a translation in one language (absent or empty there).</summary>
public sealed record MissingUiText(string Resource, string Key, string German, bool IsPublic);

/// <summary>The UI texts one language lacks, public ones first.</summary>
public sealed record UiTextGaps(PortalCulture Culture, IReadOnlyList<MissingUiText> Missing)
{
    public IReadOnlyList<MissingUiText> Public => Missing.Where(m => m.IsPublic).ToList();

    public IReadOnlyList<MissingUiText> BackOffice => Missing.Where(m => !m.IsPublic).ToList();
}

/// <summary>
/// Compares the German (neutral) resources compiled into the portal's assemblies with their satellite assemblies,
/// so the overview shows what the running build really has, not what a source folder says.
/// </summary>
public static class UiTextCoverage
{
    private const string Suffix = ".resources";

    /// <summary>The languages that have their own UI texts; Leichte Sprache reads the German ones.</summary>
    public static IReadOnlyList<PortalCulture> Languages { get; } =
        PortalCulture.All.Where(c => c.UiCulture != PortalCulture.SourceKey).ToList();

    /// <summary>The base names of the resource files compiled into an assembly ("IntegrationsNetz.Web.Resources.SharedResource").</summary>
    public static IEnumerable<string> ResourcesIn(Assembly assembly) =>
        assembly.GetManifestResourceNames().Where(n => n.EndsWith(Suffix, StringComparison.Ordinal)).Select(n => n[..^Suffix.Length]).Order(StringComparer.Ordinal);

    /// <summary>The German keys of a resource file, with their texts.</summary>
    public static IReadOnlyDictionary<string, string> German(Assembly assembly, string resource) =>
        Texts(new ResourceManager(resource, assembly), CultureInfo.InvariantCulture);

    /// <summary>The assemblies whose texts the portal shows: the host, its toolkit, the core and every enabled plugin.</summary>
    public static IEnumerable<Assembly> PortalAssemblies(PluginCatalog plugins) =>
        new[] { typeof(SharedResource).Assembly, typeof(Common.Pages.BackOfficePageModel).Assembly, typeof(Core.Common.Messages).Assembly }
            .Concat(plugins.Plugins.Select(p => p.GetType().Assembly)).Distinct();

    public static IReadOnlyList<UiTextGaps> Of(IEnumerable<Assembly> assemblies, UiTextAudience audience)
    {
        var resources = assemblies.Distinct().SelectMany(a => ResourcesIn(a).Select(r => (Assembly: a, Resource: r))).ToList();
        return Languages.Select(culture => new UiTextGaps(culture, resources
            .SelectMany(r => MissingIn(r.Assembly, r.Resource, CultureInfo.GetCultureInfo(culture.UiCulture), audience))
            .OrderByDescending(m => m.IsPublic).ThenBy(m => m.Resource, StringComparer.Ordinal).ThenBy(m => m.Key, StringComparer.Ordinal)
            .ToList())).ToList();
    }

    public static IEnumerable<MissingUiText> MissingIn(Assembly assembly, string resource, CultureInfo culture, UiTextAudience audience)
    {
        var manager = new ResourceManager(resource, assembly);
        var theirs = Texts(manager, culture);
        var name = resource[(resource.LastIndexOf('.') + 1)..];
        return Texts(manager, CultureInfo.InvariantCulture)
            .Where(g => !string.IsNullOrWhiteSpace(g.Value) && (!theirs.TryGetValue(g.Key, out var t) || string.IsNullOrWhiteSpace(t)))
            .Select(g => new MissingUiText(name, g.Key, g.Value, audience.IsPublic(resource, g.Key)));
    }

    // Only the culture's own set (no fallback to German), so a missing key is not hidden by its German parent.
    private static Dictionary<string, string> Texts(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null
            ? []
            : set.Cast<DictionaryEntry>().Where(e => e.Value is string).ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }
}
