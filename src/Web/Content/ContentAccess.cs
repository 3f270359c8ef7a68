using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Identity;

namespace IntegrationsNetz.Web.Content;

/// <summary>The municipalities the signed-in account works for, for lists (page editing checks its scope in PageService).</summary>
public sealed class ContentAccess(StaffScope scope, UserManager<PortalUser> users)
{
    /// <summary>Null means all municipalities.</summary>
    public async Task<IReadOnlySet<Guid>?> MunicipalitiesAsync(ClaimsPrincipal user) =>
        Guid.TryParse(users.GetUserId(user), out var id)
            ? await scope.MunicipalitiesAsync(id, user.IsInRole(Roles.Administrator))
            : new HashSet<Guid>();
}
