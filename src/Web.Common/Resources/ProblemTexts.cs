using System.Globalization;
using System.Resources;

namespace IntegrationsNetz.Web.Common.Resources;

/// <summary>The German titles of problem answers (Resources/ProblemTexts.resx); the API answers in German.</summary>
internal static class ProblemTexts
{
    private static readonly ResourceManager Resources =
        new("IntegrationsNetz.Web.Common.Resources.ProblemTexts", typeof(ProblemTexts).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.GetCultureInfo("de")) ?? key;
}
