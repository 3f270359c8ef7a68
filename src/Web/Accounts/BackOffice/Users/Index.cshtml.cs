using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Accounts.BackOffice.Users;

public sealed record UserRow(Guid Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Assignments, bool LockedOut, bool TwoFactor);

[Authorize(Policy = Policies.Administration)]
public sealed class UsersIndexModel(PortalDbContext db, TimeProvider time) : BackOfficePageModel
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .Include(u => u.Assignments).ThenInclude(a => a.Municipality)
            .Include(u => u.Assignments).ThenInclude(a => a.Cooperation)
            .Include(u => u.Assignments).ThenInclude(a => a.Team)
            .OrderBy(u => u.Email).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        Rows = users.Select(u => new UserRow(
            u.Id,
            u.Email ?? u.UserName ?? string.Empty,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            u.Assignments.Select(AssignmentName).ToList(),
            u.LockoutEnd > now,
            u.TwoFactorEnabled)).ToList();
    }

    internal static string AssignmentName(StaffAssignment a) => a.Municipality?.Name ?? a.Cooperation?.Name ?? a.Team?.Name ?? string.Empty;
}
