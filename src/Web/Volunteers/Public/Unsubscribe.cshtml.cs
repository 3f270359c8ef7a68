using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Core.Volunteers;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Web.Volunteers.Public;

/// <summary>
/// The address in List-Unsubscribe. A mail program posts to it without cookies (RFC 8058 one-click), so the POST
/// needs no antiforgery token: the random token in the address is the proof.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(VolunteerService volunteers) : PublicPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Done { get; private set; }

    public bool Invalid { get; private set; }

    public void OnGet() => Invalid = string.IsNullOrEmpty(Token);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Done = await volunteers.UnsubscribeAsync(Token, ct);
        Invalid = !Done;
        if (Invalid)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
