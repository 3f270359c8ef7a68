using IntegrationsNetz.Core.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>Sends staff whose role requires two-factor sign-in to the set-up page until they have done it.</summary>
public sealed class TwoFactorRequiredFilter : IAsyncPageFilter
{
    public const string SetupPath = "/backoffice/account/two-factor";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated == true
            // The sign-in and set-up pages (open to anonymous callers) must stay reachable before two-factor is set up.
            && !context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            var users = http.RequestServices.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.GetUserAsync(http.User);
            if (user is not null && await http.RequestServices.GetRequiredService<TwoFactorPolicy>().IsMissingAsync(user))
            {
                context.Result = new RedirectResult(SetupPath);
                return;
            }
        }

        await next();
    }
}
