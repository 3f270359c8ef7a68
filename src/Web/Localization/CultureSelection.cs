using System.Collections.Concurrent;
using System.Globalization;
using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Web.Localization;

public static class CultureSelection
{
    // CultureInfo.GetCultureInfo takes a process-wide lock on every call, once per request here; there are few UI cultures.
    private static readonly ConcurrentDictionary<string, CultureInfo> UiCultures = new(StringComparer.Ordinal);

    /// <summary>The best portal culture for the browser's Accept-Language, German when nothing fits.</summary>
    public static PortalCulture FromAcceptLanguage(HttpRequest request)
    {
        var ranked = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in ranked)
        {
            var primary = language.Value.Value?.Split('-')[0].ToLowerInvariant();
            if (PortalCulture.All.FirstOrDefault(c => c.Key == primary && !c.Key.Equals("ls", StringComparison.Ordinal)) is { } culture)
            {
                return culture;
            }
        }

        return PortalCulture.German;
    }

    /// <summary>The culture the first URL segment names, else the browser's.</summary>
    public static PortalCulture FromPath(string? path, HttpRequest request)
    {
        var first = path?.TrimStart('/').Split('/')[0];
        return PortalCulture.Find(first) ?? FromAcceptLanguage(request);
    }

    public static void Apply(PortalCulture culture)
    {
        CultureInfo.CurrentUICulture = UiCultures.GetOrAdd(culture.UiCulture, CultureInfo.GetCultureInfo);
        CultureInfo.CurrentCulture = PortalFormats.For(culture.UiCulture);
    }
}
