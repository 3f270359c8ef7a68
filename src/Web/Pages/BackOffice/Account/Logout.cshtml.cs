using IntegrationsNetz.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Web.Pages.BackOffice.Account;

public sealed class LogoutModel(SignInManager<PortalUser> signIn) : BackOfficePageModel
{
    public IActionResult OnGet() => Redirect("/backoffice");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/backoffice/login");
    }
}
