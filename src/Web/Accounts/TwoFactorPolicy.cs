using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>Whether a user must use an authenticator app, by the roles configured in IntegrationsNetz:Security.</summary>
public sealed class TwoFactorPolicy(UserManager<PortalUser> users, IOptions<PortalOptions> options)
{
    public async Task<bool> IsRequiredAsync(PortalUser user)
    {
        var required = options.Value.Security.RequireTwoFactorForRoles;
        return required.Length > 0 && (await users.GetRolesAsync(user)).Any(required.Contains);
    }

    /// <summary>Required but not yet set up: the user may do nothing else until it is.</summary>
    public async Task<bool> IsMissingAsync(PortalUser user) => !user.TwoFactorEnabled && await IsRequiredAsync(user);
}
