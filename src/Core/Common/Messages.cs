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
}
