using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationsNetz.Core.Common;

public static partial class Slugs
{
    public static bool IsValid(string value) => value.Length <= 80 && SlugPattern().IsMatch(value);

    /// <summary>Turns a German title into a URL segment: "Göppingen Süd" -> "goeppingen-sued".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default:
                    var plain = c.ToString().Normalize(NormalizationForm.FormD)
                        .Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark);
                    foreach (var ch in plain)
                    {
                        builder.Append(ch is >= 'a' and <= 'z' or >= '0' and <= '9' ? ch : '-');
                    }

                    break;
            }
        }

        return DashRuns().Replace(builder.ToString(), "-").Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex DashRuns();
}
