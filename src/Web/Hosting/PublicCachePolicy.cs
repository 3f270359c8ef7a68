using System.Globalization;
using System.Runtime.CompilerServices;
using IntegrationsNetz.Core.Search;
using Lucene.Net.Index;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>
/// The output cache rule of the public read path (municipality, content and search pages, the search API): the same
/// answer for everyone who is not signed in, per culture and query. The key also holds this node's content generation
/// and its search index version, so an answer rendered before a change is never served after it, even when the
/// render was still running while the change came in.
/// </summary>
public sealed class PublicCachePolicy(PublicContentVersion content, SearchIndex index, SearchService search) : IOutputCachePolicy
{
    public const string Name = "public";
    public const string Tag = "public";

    /// <summary>A safety net only: changes drop the entries at once; offers' dates ("open now") move on by themselves.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Cookies that mean a signed-in visitor (or one half-way through signing in): their pages are their own.</summary>
    private static readonly string[] PersonalCookies = ["inetz.auth", ".AspNetCore.Identity."];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var anonymous = !IsSignedIn(context.HttpContext);
        var version = IndexVersion();
        var cacheable = anonymous && version is not null && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["content"] = content.Generation.ToString(CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["index"] = version?.ToString(CultureInfo.InvariantCulture) ?? "";
        context.CacheVaryByRules.VaryByValues["synonyms"] = RuntimeHelpers.GetHashCode(search.Synonyms).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only a plain success for everyone: no cookie set (a sign-in, an antiforgery token), nothing marked private or
        // no-store (a form's antiforgery token sets that), and not for a visitor who signed in during the request.
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || IsPrivate(response.Headers.CacheControl)
            || IsSignedIn(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Signed in, or carrying a sign-in cookie or an Authorization header (even one that did not authenticate).</summary>
    public static bool IsSignedIn(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        || context.Request.Headers.Authorization.Count > 0
        || context.Request.Cookies.Keys.Any(k => PersonalCookies.Any(p => k.StartsWith(p, StringComparison.Ordinal)));

    private static bool IsPrivate(Microsoft.Extensions.Primitives.StringValues cacheControl) =>
        CacheControlHeaderValue.TryParse(cacheControl.ToString(), out var parsed) && (parsed.NoStore || parsed.NoCache || parsed.Private);

    private long? IndexVersion()
    {
        if (!index.IsOpen)
        {
            return null;
        }

        try
        {
            var searcher = index.Acquire();
            try
            {
                return (searcher.IndexReader as DirectoryReader)?.Version;
            }
            finally
            {
                index.Release(searcher);
            }
        }
        catch (InvalidOperationException)
        {
            // Closed between the check and the call (shutdown, rebuild): answer uncached.
            return null;
        }
    }
}
