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

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty).Replace("-", string.Empty);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            return await HomeAsync(user);
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? text["Login_LockedOut"] : text["TwoFactorLogin_Invalid"]);
        return Page();
    }

    /// <summary>Without the app: one of the recovery codes, each valid once (Identity removes it when it is used).</summary>
    public async Task<IActionResult> OnPostRecoveryCodeAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(NormalizeRecoveryCode(RecoveryCode));
        if (result.Succeeded)
        {
            return await HomeAsync(user);
        }

        ModelState.AddModelError(nameof(RecoveryCode), result.IsLockedOut ? text["Login_LockedOut"] : text["TwoFactorLogin_RecoveryInvalid"]);
        return Page();
    }

    /// <summary>Codes are stored as "ABCDE-12345"; people type them in lower case, with spaces or without the dash.</summary>
    internal static string NormalizeRecoveryCode(string? input)
    {
        var code = new string((input ?? string.Empty).Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return code.Length == 10 ? $"{code[..5]}-{code[5..]}" : code;
    }

    private async Task<IActionResult> HomeAsync(PortalUser user) =>
        LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Volunteers.VolunteerArea.VolunteerAreaUser.Home(await signIn.UserManager.GetRolesAsync(user)));
}
