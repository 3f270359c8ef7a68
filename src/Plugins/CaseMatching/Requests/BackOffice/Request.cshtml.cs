using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Privacy;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Web.Common.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests.BackOffice;

/// <summary>
/// One request as its managers work on it: edit, the personal-data check with the words marked, publish, the meeting
/// details, the sign-ups with the volunteers' names and contacts, confirm or decline, hours, cancel and close.
/// Opening it is a logged read of the case.
/// </summary>
[Authorize(Policy = CaseMatchingPlugin.CaseWorkPolicy)]
public sealed class RequestModel(CaseAccess access, RequestService requests, SignupService signups, PersonalDataCheck check) : RequestPageModel(access)
{
    public VolunteerRequest Item { get; private set; } = null!;

    public Case Case { get; private set; } = null!;

    public IReadOnlyList<SignupView> Signups { get; private set; } = [];

    [BindProperty(Name = FormKey)]
    public RequestForm Form { get; set; } = new();

    [BindProperty]
    public string? MeetingDetails { get; set; }

    [BindProperty]
    public string? Hours { get; set; }

    /// <summary>What the check finds in each text now, so the page can mark it before anything is published.</summary>
    public IReadOnlyList<(string Label, string Text, IReadOnlyList<PersonalDataFinding> Findings)> Checked { get; private set; } = [];

    public bool IsEditable => Item.Status is RequestStatus.Draft or RequestStatus.Published or RequestStatus.Filled;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = RequestForm.Of(Item);
        MeetingDetails = Item.MeetingDetails;
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken ct)
    {
        var input = ToInput(Form);
        return input is null
            ? await AgainAsync(id, ct)
            : await OutcomeAsync(await requests.UpdateAsync(await ViewerAsync(ct), id, input, ct), FormKey, _ => Saved(id, "Request_Saved"), () => AgainAsync(id, ct));
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        await OutcomeAsync(await requests.PublishAsync(await ViewerAsync(ct), id, ct), "publish", _ => Saved(id, "Request_PublishedDone"), () => AgainAsync(id, ct, keepForm: false));

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        await OutcomeAsync(await requests.CancelAsync(await ViewerAsync(ct), id, ct), "state", _ => Saved(id, "Request_CancelledDone"), () => AgainAsync(id, ct, keepForm: false));

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        await OutcomeAsync(await requests.CloseAsync(await ViewerAsync(ct), id, ct), "state", _ => Saved(id, "Request_ClosedDone"), () => AgainAsync(id, ct, keepForm: false));

    public async Task<IActionResult> OnPostMeetingAsync(Guid id, CancellationToken ct) =>
        await OutcomeAsync(await requests.SetMeetingDetailsAsync(await ViewerAsync(ct), id, MeetingDetails, ct), "meeting", _ => Saved(id, "Request_MeetingSaved"), () => AgainAsync(id, ct, keepForm: false, keepMeeting: true));

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, Guid signupId, CancellationToken ct) =>
        await OutcomeAsync(await signups.ConfirmAsync(await ViewerAsync(ct), signupId, ct), SignupKey(signupId), _ => Saved(id, "Signup_ConfirmedDone"), () => AgainAsync(id, ct, keepForm: false));

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, Guid signupId, CancellationToken ct) =>
        await OutcomeAsync(await signups.DeclineAsync(await ViewerAsync(ct), signupId, ct), SignupKey(signupId), _ => Saved(id, "Signup_DeclinedDone"), () => AgainAsync(id, ct, keepForm: false));

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, Guid signupId, CancellationToken ct)
    {
        if (!FormValues.TryParseDecimal(Hours, out var hours))
        {
            ModelState.AddModelError($"{SignupKey(signupId)}.Hours", VolunteerTexts.Get("Signup_HoursRange", System.Globalization.CultureInfo.GetCultureInfo("de")).Replace("{0}", "200"));
            return await AgainAsync(id, ct, keepForm: false);
        }

        return await OutcomeAsync(await signups.CompleteForAsync(await ViewerAsync(ct), signupId, hours, ct), SignupKey(signupId), _ => Saved(id, "Signup_CompletedForDone"), () => AgainAsync(id, ct, keepForm: false));
    }

    public static string SignupKey(Guid signupId) => $"signup-{signupId:N}";

    private IActionResult Saved(Guid id, string message)
    {
        Status(Texts.Get(message));
        return RedirectToPage("/Requests/BackOffice/Request", new { id });
    }

    private async Task<IActionResult> AgainAsync(Guid id, CancellationToken ct, bool keepForm = true, bool keepMeeting = false)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!keepForm)
        {
            Form = RequestForm.Of(Item);
        }

        if (!keepMeeting)
        {
            MeetingDetails = Item.MeetingDetails;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await requests.FindAsync(await ViewerAsync(ct), id, ct);
        if (found is null)
        {
            return false;
        }

        (Item, Case) = (found.Request, found.Case);
        Signups = await signups.ForRequestAsync(Item, ct);
        Checked = new[] { (Texts.Get("Request_FieldTitle"), Item.Title), (Texts.Get("Request_FieldDescription"), Item.Description), (Texts.Get("Field_MeetingDetails"), Item.MeetingDetails ?? string.Empty) }
            .Select(t => (t.Item1, t.Item2, check.Find(t.Item2))).Where(t => t.Item3.Count > 0).ToList();
        return true;
    }
}
