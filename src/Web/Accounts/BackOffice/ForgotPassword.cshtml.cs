using Microsoft.AspNetCore.Authorization;
using IntegrationsNetz.Web.Common.Pages;
using System.ComponentModel.DataAnnotations;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Accounts.BackOffice;

[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordResetMail mail, IntegrationsNetz.Web.Security.AccountThrottle throttle, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || !new EmailAddressAttribute().IsValid(Email))
        {
            ModelState.AddModelError(nameof(Email), text["Validation_Email"]);
            return Page();
        }

        if (!throttle.TryTake(Security.RateLimits.PasswordReset, Email, out var wait))
        {
            return Security.TooManyRequestsPage.Result(HttpContext, wait);
        }

        // The same answer whether or not the address has an account.
        await mail.SendAsync(Email.Trim(), Request);
        Sent = true;
        return Page();
    }
}
