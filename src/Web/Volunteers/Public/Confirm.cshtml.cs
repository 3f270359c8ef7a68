using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Core.Volunteers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Volunteers.Public;

/// <summary>
/// The opt-in link opens a page with a button rather than confirming on GET, so mail scanners that follow links
/// cannot confirm for the person.
/// </summary>
public sealed class ConfirmModel(VolunteerService volunteers, Accounts.PasswordResetMail links, Security.AccountThrottle throttle, IStringLocalizer<SharedResource> text) : PublicPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? Message { get; private set; }

    public bool Succeeded { get; private set; }

    public void OnGet()
    {
        if (string.IsNullOrEmpty(Token))
        {
            Message = text["Volunteer_ConfirmMissing"];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!throttle.TryTake(Security.RateLimits.Confirmation, Token, out var wait))
        {
            return Security.TooManyRequestsPage.Result(HttpContext, wait);
        }

        var result = await volunteers.ConfirmAsync(Token, links.BaseUrl(Request), ct);
        Succeeded = result.Succeeded;
        Message = result.Succeeded ? text["Volunteer_Confirmed"] : result.Errors[0].Message;
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
