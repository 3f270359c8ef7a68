using System.Globalization;
using System.Resources;

namespace IntegrationsNetz.Core.Common;

/// <summary>German messages of the core services, kept in Resources/Messages.resx so they can be translated.</summary>
public static class Messages
{
    private static readonly ResourceManager Resources =
        new("IntegrationsNetz.Core.Resources.Messages", typeof(Messages).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo("de")) ?? key;

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.GetCultureInfo("de"), Get(key), args);

    /// <summary>
    /// A message for a public reader (a volunteer registering on /uk/mitmachen) in the request's UI language, German
    /// where no translation exists. Staff-facing messages stay German via <see cref="Get"/>.
    /// </summary>
    public static string ForReader(string key, params object[] args)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }
}
