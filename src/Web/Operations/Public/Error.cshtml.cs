using IntegrationsNetz.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IntegrationsNetz.Web.Operations.Public;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IProblemDetailsService problems) : PublicPageModel
{
    /// <summary>Set when the failure was the visitor's input (too large, unreadable form data): a 4xx, not a 500.</summary>
    public Security.BadInput? BadInput { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is null)
        {
            // Asked for directly: there is no error to show.
            context.Result = NotFound();
            return;
        }

        var original = failure.Path;
        BadInput = Security.BadInputHandler.Describe(failure.Error);
        Response.StatusCode = BadInput?.Status ?? StatusCodes.Status500InternalServerError;
        if (original?.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = { Status = 500, Title = "Die Anfrage konnte nicht bearbeitet werden." },
            });
            context.Result = new EmptyResult();
            return;
        }

        await base.OnPageHandlerExecutionAsync(context, next);
    }

    public IActionResult OnGet() => Page();

    public IActionResult OnPost() => Page();
}
