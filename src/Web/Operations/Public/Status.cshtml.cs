using IntegrationsNetz.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IntegrationsNetz.Web.Operations.Public;

/// <summary>
/// Error and status pages in the visitor's language (from the URL they asked for, else the browser's);
/// API callers get problem+json instead.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IProblemDetailsService problems) : PublicPageModel
{
    public int Code { get; private set; }

    /// <summary>What was wrong with the visitor's input, in German, when a form could not be read.</summary>
    public string? Detail { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        // Asked for directly (no failed request behind it), the page has nothing to report: 404.
        Code = original is not null && RouteData.Values["code"] is string raw && int.TryParse(raw, out var code) && code is >= 400 and <= 599 ? code : 404;
        Detail = HttpContext.Items[Security.BadInput.MessageKey] as string;
        Response.StatusCode = Code;
        if (original?.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = Code switch
                {
                    413 or 415 when Security.BadInputHandler.ForStatus(Code) is { } bad => new ProblemDetails { Status = Code, Title = bad.Title, Detail = bad.Detail },
                    404 => new ProblemDetails { Status = Code, Title = "Nicht gefunden" },

                    // The framework's own 400: a body that is not JSON, or a value it cannot read.
                    400 => new ProblemDetails
                    {
                        Status = Code,
                        Title = "Die Anfrage ist nicht lesbar.",
                        Detail = "Bitte gültiges JSON senden, Datumsangaben als JJJJ-MM-TT (zum Beispiel 2027-01-31).",
                    },
                    _ => new ProblemDetails { Status = Code, Title = "Die Anfrage konnte nicht bearbeitet werden." },
                },
            });
            context.Result = new EmptyResult();
            return;
        }

        await base.OnPageHandlerExecutionAsync(context, next);
    }

    public IActionResult OnGet() => Page();

    public IActionResult OnPost() => Page();
}
