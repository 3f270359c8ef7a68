using Microsoft.AspNetCore.Authorization;
using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Accounts.BackOffice;

[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<PortalUser> users, IntegrationsNetz.Web.Security.AccountThrottle throttle, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!throttle.TryTake(Security.RateLimits.PasswordReset, "set:" + Email, out var wait))
        {
            return Security.TooManyRequestsPage.Result(HttpContext, wait);
        }

        var user = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email);
        if (user is null || string.IsNullOrEmpty(Token))
        {
            ModelState.AddModelError(string.Empty, text["Identity_InvalidToken"]);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, PasswordResetMail.DecodeToken(Token), Password ?? string.Empty);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(Password));
            return Page();
        }

        await users.ResetAccessFailedCountAsync(user);
        Status(text["Reset_Done"]);
        return Redirect("/backoffice/login");
    }
}
