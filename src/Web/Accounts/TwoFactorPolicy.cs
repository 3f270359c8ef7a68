using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>Whether a user must set up an authenticator app before working, by the roles configured.</summary>
public sealed class TwoFactorPolicy(UserManager<PortalUser> users, IOptions<PortalOptions> options)
{
    public async Task<bool> IsMissingAsync(PortalUser user)
    {
        var required = options.Value.Security.RequireTwoFactorForRoles;
        if (required.Length == 0 || user.TwoFactorEnabled)
        {
            return false;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Any(required.Contains);
    }
}
