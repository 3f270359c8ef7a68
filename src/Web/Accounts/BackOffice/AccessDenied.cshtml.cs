using Microsoft.AspNetCore.Authorization;
using IntegrationsNetz.Web.Common.Pages;
namespace IntegrationsNetz.Web.Accounts.BackOffice;

[AllowAnonymous]
public sealed class AccessDeniedModel : BackOfficePageModel
{
    public void OnGet()
    {
    }
}
