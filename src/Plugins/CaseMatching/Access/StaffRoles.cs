using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;

namespace IntegrationsNetz.Plugins.CaseMatching.Access;

/// <summary>Accounts in case-work roles, as one query the callers can filter, count or project.</summary>
internal static class StaffRoles
{
    public static IQueryable<PortalUser> InRoles(PortalDbContext db, params string[] roles) =>
        db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));
}
