using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Access;

/// <summary>Staff addresses for the forms' choices and for showing who is who; role addresses, never names.</summary>
public static class StaffDirectory
{
    /// <summary>Everyone who can be a tandem partner.</summary>
    public static async Task<IReadOnlyList<Choice>> ManagersAsync(PortalDbContext db, CancellationToken ct)
    {
        var managers = await StaffRoles.InRoles(db, Roles.Manager).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        return managers.OrderBy(m => m.Email, StringComparer.Ordinal).Select(m => new Choice(m.Id.ToString(), m.Email ?? string.Empty)).ToList();
    }

    public static async Task<IReadOnlyDictionary<Guid, string>> EmailsAsync(PortalDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? string.Empty, ct);
    }
}
