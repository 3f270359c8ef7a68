using System.Globalization;
using System.Resources;

namespace IntegrationsNetz.Web.Common.Resources;

/// <summary>The German texts of the toolkit (Resources/ToolkitTexts.resx): problem titles and form messages.</summary>
internal static class ToolkitTexts
{
    private static readonly ResourceManager Resources =
        new("IntegrationsNetz.Web.Common.Resources.ToolkitTexts", typeof(ToolkitTexts).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.GetCultureInfo("de")) ?? key;
}
