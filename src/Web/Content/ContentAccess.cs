using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace IntegrationsNetz.Web.Content;

/// <summary>Editors and coordinators edit the pages of the municipalities they work for; the portal's own pages are the administrators'.</summary>
public sealed class ContentAccess(StaffScope scope, UserManager<PortalUser> users)
{
    public async Task<bool> MayEditAsync(ClaimsPrincipal user, Guid? municipalityId)
    {
        var isAdministrator = user.IsInRole(Roles.Administrator);
        if (municipalityId is null)
        {
            return isAdministrator;
        }

        var ids = await MunicipalitiesAsync(user);
        return ids is null || ids.Contains(municipalityId.Value);
    }

    /// <summary>Null means all municipalities.</summary>
    public async Task<IReadOnlySet<Guid>?> MunicipalitiesAsync(ClaimsPrincipal user) =>
        Guid.TryParse(users.GetUserId(user), out var id)
            ? await scope.MunicipalitiesAsync(id, user.IsInRole(Roles.Administrator))
            : new HashSet<Guid>();
}
