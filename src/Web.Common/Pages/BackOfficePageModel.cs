using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Web.Common.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationsNetz.Web.Common.Pages;

/// <summary>
/// Base of every back-office page, host and plugins: service messages under the key of the form that was sent,
/// typed dates and numbers, the status line after a redirect, and the one sequence a form handler follows.
/// </summary>
public abstract class BackOfficePageModel : PageModel
{
    /// <summary>
    /// Field messages go next to their field (<c>form.Field</c>); a conflict is about the thing as a whole (a closed
    /// case, a page with children), so it goes to the form's key only. Every message appears in the form's summary.
    /// </summary>
    protected void AddErrors(OperationStatus status, IEnumerable<FieldError> errors, string form = "Input")
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(status == OperationStatus.Conflict ? form : $"{form}.{error.Field}", error.Message);
        }
    }

    protected void AddErrors(OperationResult result, string form = "Input") => AddErrors(result.Status, result.Errors, form);

    protected void AddErrors<T>(OperationResult<T> result, string form = "Input") => AddErrors(result.Status, result.Errors, form);

    protected void AddErrors(IEnumerable<FieldError> errors, string form = "Input") => AddErrors(OperationStatus.Invalid, errors, form);

    protected void AddErrors(IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(field, error.Description);
        }
    }

    /// <summary>Whether the form came back with messages: it is then shown open, with what was typed.</summary>
    public bool HasErrors(string form) => FormErrors.For(ModelState, form).Count > 0;

    /// <summary>A typed date, or a message under the field when it is not one; empty is null.</summary>
    protected DateOnly? Date(string? text, string field)
    {
        if (FormValues.TryParseDate(text, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, ToolkitTexts.Get("DateInvalid"));
        return null;
    }

    /// <summary>A typed time of day, or a message under the field when it is not one; empty is null.</summary>
    protected TimeOnly? Time(string? text, string field)
    {
        if (FormValues.TryParseTime(text, out var time))
        {
            return time;
        }

        ModelState.AddModelError(field, ToolkitTexts.Get("TimeInvalid"));
        return null;
    }

    /// <summary>A typed number, or a message under the field when it is not one; empty is null.</summary>
    protected int? Number(string? text, string field)
    {
        if (FormValues.TryParseInt(text, out var number))
        {
            return number;
        }

        ModelState.AddModelError(field, ToolkitTexts.Get("NumberInvalid"));
        return null;
    }

    /// <summary>
    /// What every form does with a service's answer: saved -> <paramref name="saved"/> (a redirect with a status);
    /// not found or out of reach -> 404; refused -> the messages under <paramref name="form"/> and the page again, as typed.
    /// </summary>
    protected async Task<IActionResult> OutcomeAsync(OperationResult result, string form, Func<IActionResult> saved, Func<Task<IActionResult>> again) =>
        Settled(result, form, saved) ?? await again();

    protected Task<IActionResult> OutcomeAsync<T>(OperationResult<T> result, string form, Func<T, IActionResult> saved, Func<Task<IActionResult>> again) =>
        OutcomeAsync(Untyped(result), form, () => saved(result.Value!), again);

    /// <summary>
    /// The same sequence for a form with typed values (<see cref="Date"/>, <see cref="Number"/>): when one of them did
    /// not parse, or the binder refused a value, the service is not asked and the page comes again with the messages.
    /// </summary>
    protected async Task<IActionResult> OutcomeAsync<T>(Func<Task<OperationResult<T>>> save, string form, Func<T, IActionResult> saved, Func<Task<IActionResult>> again) =>
        ModelState.ErrorCount == 0 ? await OutcomeAsync(await save(), form, saved, again) : await again();

    /// <summary>The sequence for a page that shows itself again without loading anything.</summary>
    protected IActionResult Outcome(OperationResult result, string form, Func<IActionResult> saved, Func<IActionResult> again) =>
        Settled(result, form, saved) ?? again();

    protected IActionResult Outcome<T>(OperationResult<T> result, string form, Func<IActionResult> saved, Func<IActionResult> again) =>
        Outcome(Untyped(result), form, saved, again);

    /// <summary>
    /// What a button without fields does with a service's answer (approve, retry, delete): not found or out of reach
    /// -> 404; otherwise <paramref name="back"/> with the answer in the status line, <paramref name="done"/> or the
    /// service's messages.
    /// </summary>
    protected IActionResult Reported(OperationResult result, string done, Func<IActionResult> back)
    {
        if (result.Status == OperationStatus.NotFound)
        {
            return NotFound();
        }

        Status(result.Succeeded ? done : string.Join(" ", result.Errors.Select(e => e.Message)));
        return back();
    }

    /// <summary>The redirect or the 404 a result settles on; null when it was refused (its messages are added then).</summary>
    private IActionResult? Settled(OperationResult result, string form, Func<IActionResult> saved)
    {
        if (result.Succeeded)
        {
            return saved();
        }

        if (result.Status == OperationStatus.NotFound)
        {
            return NotFound();
        }

        AddErrors(result, form);
        return null;
    }

    private static OperationResult Untyped<T>(OperationResult<T> result) => new(result.Status, result.Errors);

    /// <summary>Shown once by the back-office layout after the redirect.</summary>
    protected void Status(string message) => TempData[PortalLayouts.StatusKey] = message;

    protected string UserName => User.Identity?.Name ?? "unbekannt";
}
