using IntegrationsNetz.Web.Common.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Web.Accounts.BackOffice;

/// <summary>Shows the recovery codes just generated, once: they come through TempData, which is read only once.</summary>
// Not only for staff (the back-office rule): volunteers set up the authenticator app too. Signed in is checked below.
[AllowAnonymous]
public sealed class RecoveryCodesModel : BackOfficePageModel
{
    public const string PagePath = "/backoffice/account/recovery-codes";
    public const string TempDataKey = "RecoveryCodes";
    public const int Count = 10;

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Redirect("/backoffice/login");
        }

        if (TempData[TempDataKey] is not string codes)
        {
            return Redirect(TwoFactorRequiredFilter.SetupPath);
        }

        Codes = codes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Neither the browser nor a proxy may keep a copy of the codes.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
