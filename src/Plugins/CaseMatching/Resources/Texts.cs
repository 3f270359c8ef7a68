using System.Globalization;
using System.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Resources;

/// <summary>The plugin's German texts (messages, labels, reasons), kept in Texts.resx so they can be translated.</summary>
public static class Texts
{
    internal static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    private static readonly ResourceManager Resources =
        new("IntegrationsNetz.Plugins.CaseMatching.Resources.Texts", typeof(Texts).Assembly);

    public static string Get(string key) => Resources.GetString(key, German) ?? key;

    public static string Format(string key, params object[] args) => string.Format(German, Get(key), args);

    /// <summary>The label of an enum value, e.g. "Area_Sprache".</summary>
    public static string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum => Get($"{typeof(TEnum).Name}_{value}");

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", German);
}
