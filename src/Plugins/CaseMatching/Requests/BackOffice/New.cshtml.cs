using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests.BackOffice;

/// <summary>A new request to volunteers from a need, prefilled with the need's languages and times; saved as a draft.</summary>
[Authorize(Policy = CaseMatchingPlugin.CaseWorkPolicy)]
public sealed class NewModel(CaseAccess access, NeedService needs, RequestService requests) : RequestPageModel(access)
{
    public Need Need { get; private set; } = null!;

    public Case Case { get; private set; } = null!;

    [BindProperty(Name = FormKey)]
    public RequestForm Form { get; set; } = new();

    public bool HasSharingConsent => CaseGuard.Requires(Case, ConsentPurpose.VolunteerSharing).Succeeded;

    public async Task<IActionResult> OnGetAsync(Guid needId, CancellationToken ct)
    {
        if (!await LoadAsync(needId, ct))
        {
            return NotFound();
        }

        Form = RequestForm.For(Need);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid needId, CancellationToken ct)
    {
        var input = ToInput(Form);
        if (input is null)
        {
            return await AgainAsync(needId, ct);
        }

        return await OutcomeAsync(await requests.CreateAsync(await ViewerAsync(ct), needId, input, ct), FormKey,
            r =>
            {
                Status(Texts.Get("Request_Drafted"));
                return RedirectToPage("/Requests/BackOffice/Request", new { id = r.Id });
            },
            () => AgainAsync(needId, ct));
    }

    private async Task<IActionResult> AgainAsync(Guid needId, CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(needId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid needId, CancellationToken ct)
    {
        var found = await needs.FindAsync(await ViewerAsync(ct), needId, ct);
        if (found is null)
        {
            return false;
        }

        (Need, Case) = (found.Need, found.Case);
        return true;
    }
}
