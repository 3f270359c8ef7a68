using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Web.Volunteers.VolunteerArea;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;

namespace IntegrationsNetz.Web.Localization;

/// <summary>
/// Sets the request's UI culture before anything renders: from the first URL segment, for error pages from the
/// address the visitor asked for, else from Accept-Language. The back office is German, except the pages a volunteer
/// passes through to sign in (sign-in, its second step, forgotten and new password), which follow the browser's
/// language, and the account's security pages, which do so for a volunteer (see <see cref="VolunteerAreaUser"/>).
/// Done as middleware because a culture set inside a page handler would not flow on into the view.
/// </summary>
public sealed class PublicCultureMiddleware(RequestDelegate next)
{
    private static readonly string[] SignInPaths = ["/backoffice/login", "/backoffice/login/two-factor", "/backoffice/forgot-password", "/backoffice/reset-password"];

    private static readonly string[] AccountPaths = ["/backoffice/account/two-factor", "/backoffice/account/recovery-codes"];

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? context.Request.Path.Value;
        var culture = path?.StartsWith("/backoffice", StringComparison.Ordinal) != true
            ? CultureSelection.FromPath(path, context.Request)
            : SignInPaths.Any(p => path.Equals(p, StringComparison.Ordinal)) || await IsVolunteerAccountPageAsync(context, path)
                ? CultureSelection.FromAcceptLanguage(context.Request)
                : PortalCulture.German;
        context.Features.Set(culture);
        CultureSelection.Apply(culture);
        await next(context);
    }

    /// <summary>
    /// Who is signed in is known only after authentication, which runs later; for these two pages the cookie is read
    /// here already (the handler keeps its result, so the request reads it once).
    /// </summary>
    private static async Task<bool> IsVolunteerAccountPageAsync(HttpContext context, string path) =>
        AccountPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase))
        && (await context.AuthenticateAsync()).Principal is { } user && VolunteerAreaUser.Is(user);
}
