namespace IntegrationsNetz.Web.Pages.BackOffice.Account;

public sealed class AccessDeniedModel : BackOfficePageModel
{
    public void OnGet()
    {
    }
}
