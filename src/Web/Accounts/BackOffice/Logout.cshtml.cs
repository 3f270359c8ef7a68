using Microsoft.AspNetCore.Authorization;
using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Web.Accounts.BackOffice;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<PortalUser> signIn) : BackOfficePageModel
{
    public IActionResult OnGet() => Redirect("/backoffice");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/backoffice/login");
    }
}
