using IntegrationsNetz.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationsNetz.Web.Pages.BackOffice;

public abstract class BackOfficePageModel : PageModel
{
    /// <summary>Shows a service's field errors next to the form fields bound under <paramref name="prefix"/>.</summary>
    protected void AddErrors(OperationResult result, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError($"{prefix}.{error.Field}", error.Message);
        }
    }

    protected void AddErrors(IEnumerable<FieldError> errors, string prefix = "Input") =>
        AddErrors(OperationResult.Invalid(errors.ToList()), prefix);

    protected void AddErrors(IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(field, error.Description);
        }
    }

    protected void Status(string message) => TempData["Status"] = message;

    protected string UserName => User.Identity?.Name ?? "unbekannt";
}
