using IntegrationsNetz.Core.Content;
using Microsoft.AspNetCore.Diagnostics;

namespace IntegrationsNetz.Web.Localization;

/// <summary>
/// Sets the request's UI culture before anything renders: from the first URL segment, for error pages from the
/// address the visitor asked for, else from Accept-Language. The back office is German, except the pages a volunteer
/// passes through to sign in (sign-in, forgotten and new password), which follow the browser's language.
/// Done as middleware because a culture set inside a page handler would not flow on into the view.
/// </summary>
public sealed class PublicCultureMiddleware(RequestDelegate next)
{
    private static readonly string[] SignInPaths = ["/backoffice/login", "/backoffice/forgot-password", "/backoffice/reset-password"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? context.Request.Path.Value;
        var culture = path?.StartsWith("/backoffice", StringComparison.Ordinal) != true
            ? CultureSelection.FromPath(path, context.Request)
            : SignInPaths.Any(p => path.Equals(p, StringComparison.Ordinal)) ? CultureSelection.FromAcceptLanguage(context.Request) : PortalCulture.German;
        context.Features.Set(culture);
        CultureSelection.Apply(culture);
        return next(context);
    }
}
