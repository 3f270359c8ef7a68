using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Common.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>
/// Every page under /backoffice, the host's and every plugin's, is for staff and asks for two-factor sign-in where a
/// role requires it. One rule by route, so a page cannot forget it; the sign-in pages opt out with [AllowAnonymous].
/// </summary>
public sealed class BackOfficePageConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (!PortalLayouts.IsBackOffice(model.ActionDescriptor))
        {
            return;
        }

        model.EndpointMetadata.Add(new AuthorizeAttribute(Policies.Staff));
        model.Filters.Add(new TwoFactorRequiredFilter());
    }
}
