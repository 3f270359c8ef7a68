using Microsoft.AspNetCore.Authorization;
using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Accounts.BackOffice;

[AllowAnonymous]
public sealed class LoginTwoFactorModel(SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("Login");
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty).Replace("-", string.Empty);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/backoffice");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? text["Login_LockedOut"] : text["TwoFactorLogin_Invalid"]);
        return Page();
    }
}
