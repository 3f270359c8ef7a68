using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IntegrationsNetz.Web.Security;

/// <summary>
/// A form value the binder cannot convert ("x" for a check box) answers 400 with the German page naming the field,
/// before the handler runs, so nothing is saved from a half-read form. The pages use no validation attributes, so
/// every model-state error at this point comes from binding. Without this the page re-rendered the value and threw,
/// and the exception text (with the whole value) went to the log.
/// </summary>
public sealed class UnreadableFormValueFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || context.ModelState.IsValid)
        {
            await next();
            return;
        }

        var fields = context.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key.Split('.')[^1]).Distinct().ToList();
        context.HttpContext.Items[BadInput.MessageKey] = $"Der Wert im Feld „{string.Join("“, „", fields)}“ hat nicht die erwartete Form.";
        context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
    }
}
