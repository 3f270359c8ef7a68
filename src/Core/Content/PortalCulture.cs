namespace IntegrationsNetz.Core.Content;

/// <summary>
/// A language the public pages are written in. <see cref="Key"/> is the URL segment and the variant key;
/// Leichte Sprache is its own variant of German ("ls"), written with a private-use BCP 47 tag.
/// </summary>
public sealed record PortalCulture(string Key, string LanguageTag, string NativeName, bool IsRightToLeft, string UiCulture)
{
    public const string SourceKey = "de";

    public string Direction => IsRightToLeft ? "rtl" : "ltr";

    public bool IsSource => Key == SourceKey;

    public static PortalCulture German { get; } = new("de", "de", "Deutsch", false, "de");

    public static IReadOnlyList<PortalCulture> All { get; } =
    [
        German,
        new("en", "en", "English", false, "en"),
        new("ar", "ar", "العربية", true, "ar"),
        new("fa", "fa", "فارسی", true, "fa"),
        new("uk", "uk", "Українська", false, "uk"),
        new("tr", "tr", "Türkçe", false, "tr"),
        new("ru", "ru", "Русский", false, "ru"),
        new("ls", "de-x-ls", "Leichte Sprache", false, "de"),
    ];

    public static PortalCulture? Find(string? key) =>
        key is null ? null : All.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));

    public static bool IsKnown(string? key) => Find(key) is not null;

    /// <summary>The position of a culture in <see cref="All"/>: German first, then the order of the language menu.</summary>
    public static int Order(string key)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Key == key)
            {
                return i;
            }
        }

        return All.Count;
    }
}
