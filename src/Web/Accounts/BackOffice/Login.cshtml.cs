using Microsoft.AspNetCore.Authorization;
using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Accounts.BackOffice;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<PortalUser> signIn, IntegrationsNetz.Web.Security.LoginGuard guard, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError(string.Empty, text["Login_Required"]);
            return Page();
        }

        var attempt = await guard.PasswordSignInAsync(HttpContext, Input.Email, Input.Password, Input.RememberMe);
        if (attempt.RetryAfter is { } wait)
        {
            return Security.TooManyRequestsPage.Result(HttpContext, wait);
        }

        var (result, user) = (attempt.Result, attempt.User);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginTwoFactor", new { ReturnUrl, Input.RememberMe });
        }

        // A lock gets the same message as a wrong password: otherwise the message would tell which addresses have accounts.
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text["Login_Failed"]);
            return Page();
        }

        var roles = user is null ? [] : await signIn.UserManager.GetRolesAsync(user);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Volunteers.VolunteerArea.VolunteerAreaUser.Home(roles));
    }
}

public sealed class LoginInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }
}
