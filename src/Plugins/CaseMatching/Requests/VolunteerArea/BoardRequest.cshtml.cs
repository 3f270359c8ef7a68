using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Web.Common.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests.VolunteerArea;

/// <summary>One request as a volunteer sees it: sign up, withdraw, and after the help record the hours.</summary>
[Authorize(Policy = CaseMatchingPlugin.VolunteerPolicy)]
public sealed class BoardRequestModel(VolunteerAccess volunteers, RequestBoard board, SignupService signups) : BackOfficePageModel
{
    public BoardEntry Entry { get; private set; } = null!;

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public string? Hours { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostSignUpAsync(Guid id, CancellationToken ct)
    {
        if (await volunteers.ApprovedAsync(User, ct) is not { } volunteer)
        {
            return NotFound();
        }

        return await OutcomeAsync(await signups.SignUpAsync(volunteer, id, Message, ct), "signup",
            _ => Saved(id, "Signup_Sent"), () => AgainAsync(id, ct));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid signupId, CancellationToken ct)
    {
        if (await volunteers.ApprovedAsync(User, ct) is not { } volunteer)
        {
            return NotFound();
        }

        return await OutcomeAsync(await signups.WithdrawAsync(volunteer, signupId, ct), "withdraw",
            _ => Saved(id, "Signup_WithdrawnDone"), () => AgainAsync(id, ct));
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, Guid signupId, CancellationToken ct)
    {
        if (await volunteers.ApprovedAsync(User, ct) is not { } volunteer)
        {
            return NotFound();
        }

        if (!FormValues.TryParseDecimal(Hours, out var hours))
        {
            ModelState.AddModelError("complete.Hours", VolunteerTexts.Format("Signup_HoursRange", Signup.MaxHours));
            return await AgainAsync(id, ct);
        }

        return await OutcomeAsync(await signups.CompleteAsync(volunteer, signupId, hours, ct), "complete",
            _ => Saved(id, "Signup_CompletedDone"), () => AgainAsync(id, ct));
    }

    private IActionResult Saved(Guid id, string message)
    {
        Status(VolunteerTexts.Get(message));
        return RedirectToPage("/Requests/VolunteerArea/BoardRequest", new { id });
    }

    private async Task<IActionResult> AgainAsync(Guid id, CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id, ct) is not null ? Page() : NotFound();
    }

    private async Task<Volunteer?> LoadAsync(Guid id, CancellationToken ct)
    {
        var volunteer = await volunteers.ApprovedAsync(User, ct);
        if (volunteer is null || await board.FindAsync(volunteer, id, ct) is not { } entry)
        {
            return null;
        }

        Entry = entry;
        return volunteer;
    }
}
