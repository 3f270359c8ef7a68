using System.Text.Encodings.Web;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Operations;

/// <summary>
/// While the database cannot be reached (PostgreSQL restarting, the network gone) a request is answered with 503 and
/// Retry-After, never a 500: problem+json on the API, a small page in the visitor's language otherwise. The page is
/// written here rather than by the error page, because that page goes through sign-in and layout again, and either
/// may need the database that is missing. Nothing was changed: the request's transaction never committed.
/// </summary>
public sealed class DatabaseOutageHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> texts, HtmlEncoder html, ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 30;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.Is(exception) || context.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning("Database not reachable, answered {Path} with 503: {Reason}", context.Request.Path, exception.GetBaseException().Message);
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Der Dienst ist vorübergehend nicht erreichbar.",
                    Detail = $"Die Datenbank antwortet gerade nicht; es wurde nichts geändert. Bitte in {RetryAfterSeconds} Sekunden erneut versuchen.",
                },
            });
        }

        // The culture the middleware chose for the failed request; the async flow that set it did not return here.
        var culture = context.Features.Get<PortalCulture>() ?? PortalCulture.German;
        CultureSelection.Apply(culture);
        var title = html.Encode(texts["Unavailable_Title"]);
        var text = html.Encode(texts["Unavailable_Text"]);
        var site = html.Encode(texts["Site_Name"]);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{culture.LanguageTag}" dir="{culture.Direction}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} – {site}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main"><h1>{title}</h1><p>{text}</p></main></body>
            </html>
            """,
            cancellationToken);
        return true;
    }
}
