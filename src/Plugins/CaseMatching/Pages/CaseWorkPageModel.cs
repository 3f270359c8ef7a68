using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationsNetz.Plugins.CaseMatching.Pages;

/// <summary>
/// What the case pages share (the plugin cannot use the host's base class): the viewer, the services' messages
/// under the key of the form that was sent, and dates as typed.
/// </summary>
public abstract class CaseWorkPageModel(CaseAccess access) : PageModel
{
    private CaseViewer? _viewer;

    protected CaseAccess Access { get; } = access;

    protected async Task<CaseViewer> ViewerAsync(CancellationToken ct) => _viewer ??= await Access.ViewerAsync(User, ct);

    /// <summary>
    /// Field messages go next to their field; a conflict is about the case as a whole (closed, consent missing), so it
    /// goes to the top of the form only. Every message appears in the form's summary.
    /// </summary>
    protected void AddErrors(OperationStatus status, IReadOnlyList<FieldError> errors, string form)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(status == OperationStatus.Conflict ? form : $"{form}.{error.Field}", error.Message);
        }
    }

    protected void AddErrors<T>(OperationResult<T> result, string form) => AddErrors(result.Status, result.Errors, form);

    /// <summary>Whether the form came back with messages: it is then shown open, with what was typed.</summary>
    public bool HasErrors(string form) => FormErrors.For(ModelState, form).Count > 0;

    /// <summary>A typed date, or a message under the field when it is not one; empty is null.</summary>
    protected DateOnly? Date(string? text, string field)
    {
        if (FormDates.TryParse(text, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, Texts.Get("DateInvalid"));
        return null;
    }

    /// <summary>Shown once by the layout after the redirect.</summary>
    protected void Status(string message) => TempData["Status"] = message;
}
