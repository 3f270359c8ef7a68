using IntegrationsNetz.Core.Content;
using Microsoft.AspNetCore.Diagnostics;

namespace IntegrationsNetz.Web.Localization;

/// <summary>
/// Sets the request's UI culture before anything renders: from the first URL segment, for error pages from the
/// address the visitor asked for, else from Accept-Language. The back office is German.
/// Done as middleware because a culture set inside a page handler would not flow on into the view.
/// </summary>
public sealed class PublicCultureMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? context.Request.Path.Value;
        var culture = path?.StartsWith("/backoffice", StringComparison.Ordinal) == true
            ? PortalCulture.German
            : CultureSelection.FromPath(path, context.Request);
        context.Features.Set(culture);
        CultureSelection.Apply(culture);
        return next(context);
    }
}
