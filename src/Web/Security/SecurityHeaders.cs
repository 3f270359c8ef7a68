namespace IntegrationsNetz.Web.Security;

/// <summary>
/// The headers every answer carries. The pages need no inline script or style (the one JSON-LD block is data, which
/// CSP does not run), so the policy allows only the portal's own files.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Paths whose answers are about a person or an account: never kept by a browser or a shared proxy.</summary>
    private static readonly string[] PersonalPaths = ["/backoffice", "/ehrenamt", "/api/v1/auth", "/api/v1/volunteers", "/api/v1/cases", "/api/v1/needs", "/api/v1/referrals", "/api/v1/substitutions", "/api/v1/statistics", "/api/v1/review"];

    public static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddContentTypeOptionsNoSniff()
        .AddFrameOptionsDeny()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
        .AddContentSecurityPolicy(b =>
        {
            b.AddDefaultSrc().Self();
            b.AddScriptSrc().Self();
            b.AddStyleSrc().Self();
            b.AddImgSrc().Self().Data();
            b.AddFontSrc().Self();
            b.AddConnectSrc().Self();
            b.AddFormAction().Self();
            b.AddBaseUri().Self();
            b.AddObjectSrc().None();
            b.AddFrameAncestors().None();
        })
        .RemoveServerHeader();

    /// <summary>Sets no-store on everything personal: what one person saw must not be shown to the next user of a shared computer.</summary>
    public static Task NoStoreForPersonalAnswers(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            if (IsPersonal(context))
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next();
    }

    public static bool IsPersonal(HttpContext context)
    {
        var path = context.Request.Path;
        return context.User.Identity?.IsAuthenticated == true
            || context.Request.Headers.Authorization.Count > 0
            || PersonalPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            || path.Value?.EndsWith("/mitmachen", StringComparison.OrdinalIgnoreCase) == true;
    }
}
