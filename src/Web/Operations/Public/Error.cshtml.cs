using IntegrationsNetz.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IntegrationsNetz.Web.Operations.Public;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IProblemDetailsService problems) : PublicPageModel
{
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var original = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        Response.StatusCode = StatusCodes.Status500InternalServerError;
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
