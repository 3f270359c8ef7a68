using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Accounts;

/// <summary>What a staff account is and works for, as the administration sees it.</summary>
public sealed record StaffAccount(
    Guid Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<StaffAssignment> Assignments,
    bool LockedOut, bool Disabled, bool TwoFactorEnabled);

/// <summary>Roles and what the account works for: municipalities, cooperations, teams. The e-mail address is set once, at creation.</summary>
public sealed record SaveStaffAccount(
    string? Email, string? DisplayName, IReadOnlyList<string>? Roles,
    IReadOnlyList<Guid>? MunicipalityIds, IReadOnlyList<Guid>? CooperationIds, IReadOnlyList<Guid>? TeamIds);

/// <summary>
/// Staff accounts for the back office's user pages and the API. A new account has no password; it gets a link to set
/// one, so no administrator ever knows or types a colleague's password. A disabled account is locked out for good
/// (Identity's lockout without an end) until it is enabled again, and its security stamp changes, so refresh tokens
/// and cookies issued before stop working.
/// </summary>
public sealed class StaffAccountService(PortalDbContext db, UserManager<PortalUser> users, PasswordLinks links, TimeProvider time)
{
    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken ct = default) =>
        await ToAccountsAsync(Accounts().OrderBy(u => u.Email), ct);

    public async Task<StaffAccount?> FindAsync(Guid id, CancellationToken ct = default) =>
        (await ToAccountsAsync(Accounts().Where(u => u.Id == id), ct)).FirstOrDefault();

    /// <summary>Creates (id null) or changes an account; a new one gets its invitation in the same transaction: both or neither.</summary>
    public async Task<OperationResult<StaffAccount>> SaveAsync(Guid? id, SaveStaffAccount command, string baseUrl, StaffActor actor, CancellationToken ct = default)
    {
        var user = id is { } known ? await db.Users.Include(u => u.Assignments).FirstOrDefaultAsync(u => u.Id == known, ct) : null;
        if (id is not null && user is null)
        {
            return OperationResult.NotFound;
        }

        var roles = (command.Roles ?? []).Distinct().ToList();
        var validator = new Validator();
        foreach (var role in roles.Where(r => !Roles.All.Contains(r)))
        {
            validator.Add("Roles", Messages.Format("UnknownRole", role, string.Join(", ", Roles.All)));
        }

        var assignments = await AssignmentsAsync(command, validator, ct);
        if (user is null && (string.IsNullOrWhiteSpace(command.Email) || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(command.Email.Trim())))
        {
            validator.Add("Email", Messages.Get("InvalidEmail"));
        }

        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var isNew = user is null;
        if (user is null)
        {
            var email = command.Email!.Trim();
            user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = Clock.UtcNow(time) };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return OperationResult.Invalid(created.Errors.Select(e => new FieldError("Email", e.Description)).ToList());
            }
        }

        user.DisplayName = string.IsNullOrWhiteSpace(command.DisplayName) ? null : command.DisplayName.Trim();
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        db.StaffAssignments.RemoveRange(user.Assignments);
        assignments.ForEach(a => a.UserId = user.Id);
        db.StaffAssignments.AddRange(assignments);
        await users.UpdateAsync(user);
        if (isNew)
        {
            await links.EnqueueInvitationAsync(user, baseUrl, await InvitationAsync(actor, roles, assignments, ct));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return OperationResult<StaffAccount>.Ok((await FindAsync(user.Id, ct))!);
    }

    /// <summary>
    /// Sends the link to set a password again: the welcome once more while no password was ever set (a lost
    /// invitation), else the reset mail.
    /// </summary>
    public async Task<OperationResult> InviteAsync(Guid id, string baseUrl, StaffActor actor, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return OperationResult.NotFound;
        }

        if (user.PasswordHash is null)
        {
            var assignments = await db.StaffAssignments.AsNoTracking().Where(a => a.UserId == user.Id).ToListAsync(ct);
            await links.EnqueueInvitationAsync(user, baseUrl, await InvitationAsync(actor, await users.GetRolesAsync(user), assignments, ct));
        }
        else
        {
            await links.EnqueueAsync(user, baseUrl);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> DisableAsync(Guid id, StaffActor actor, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return OperationResult.NotFound;
        }

        if (user.Id == actor.UserId)
        {
            // Administrators cannot shut themselves out (and the last one the whole portal).
            return OperationResult.Conflict("Id", Messages.Get("OwnAccountNotDisabled"));
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        return OperationResult.Ok;
    }

    /// <summary>Ends a lockout, whether from failed logins or from <see cref="DisableAsync"/>.</summary>
    public async Task<OperationResult> EnableAsync(Guid id, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return OperationResult.NotFound;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return OperationResult.Ok;
    }

    private IQueryable<PortalUser> Accounts() => db.Users.AsNoTracking()
        .Include(u => u.Assignments).ThenInclude(a => a.Municipality)
        .Include(u => u.Assignments).ThenInclude(a => a.Cooperation)
        .Include(u => u.Assignments).ThenInclude(a => a.Team);

    private async Task<IReadOnlyList<StaffAccount>> ToAccountsAsync(IQueryable<PortalUser> query, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var list = await query.ToListAsync(ct);
        var ids = list.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(ct);
        return list.Select(u => new StaffAccount(
            u.Id,
            u.Email ?? u.UserName ?? string.Empty,
            u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            u.Assignments,
            u.LockoutEnd > now,
            u.LockoutEnd == DateTimeOffset.MaxValue,
            u.TwoFactorEnabled)).ToList();
    }

    private async Task<StaffInvitation> InvitationAsync(StaffActor actor, IEnumerable<string> roles, IReadOnlyList<StaffAssignment> assignments, CancellationToken ct)
    {
        var municipalities = assignments.Where(a => a.MunicipalityId != null).Select(a => a.MunicipalityId!.Value).ToList();
        var cooperations = assignments.Where(a => a.CooperationId != null).Select(a => a.CooperationId!.Value).ToList();
        var teams = assignments.Where(a => a.TeamId != null).Select(a => a.TeamId!.Value).ToList();
        var names = new List<string>();
        names.AddRange(await db.Municipalities.Where(m => municipalities.Contains(m.Id)).OrderBy(m => m.Name).Select(m => m.Name).ToListAsync(ct));
        names.AddRange((await db.Cooperations.Where(c => cooperations.Contains(c.Id)).OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(ct))
            .Select(n => Messages.Format("InvitationCooperation", n)));
        names.AddRange((await db.Teams.Where(t => teams.Contains(t.Id)).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(ct))
            .Select(n => Messages.Format("InvitationTeam", n)));
        var who = await db.Users.Where(u => u.Id == actor.UserId).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(ct);
        var inviter = who switch
        {
            { DisplayName: { Length: > 0 } name, Email: { } email } => $"{name} ({email})",
            { Email: { } email } => email,
            _ => Messages.Get("InvitationByAdministration"),
        };
        return new StaffInvitation(
            inviter,
            string.Join(", ", roles.Order().Select(r => Messages.Get($"Role_{r}"))) is { Length: > 0 } labels ? labels : Messages.Get("InvitationNoRole"),
            names.Count > 0 ? string.Join(", ", names) : Messages.Get("InvitationWholePortal"));
    }

    private async Task<List<StaffAssignment>> AssignmentsAsync(SaveStaffAccount command, Validator validator, CancellationToken ct)
    {
        var municipalities = (command.MunicipalityIds ?? []).Distinct().ToList();
        var cooperations = (command.CooperationIds ?? []).Distinct().ToList();
        var teams = (command.TeamIds ?? []).Distinct().ToList();
        if (await db.Municipalities.CountAsync(m => municipalities.Contains(m.Id), ct) != municipalities.Count)
        {
            validator.Add("MunicipalityIds", Messages.Get("UnknownMunicipality"));
        }

        if (await db.Cooperations.CountAsync(c => cooperations.Contains(c.Id), ct) != cooperations.Count)
        {
            validator.Add("CooperationIds", Messages.Get("UnknownCooperation"));
        }

        if (await db.Teams.CountAsync(t => teams.Contains(t.Id), ct) != teams.Count)
        {
            validator.Add("TeamIds", Messages.Get("UnknownTeam"));
        }

        return
        [
            .. municipalities.Select(id => new StaffAssignment { Id = Guid.CreateVersion7(), MunicipalityId = id }),
            .. cooperations.Select(id => new StaffAssignment { Id = Guid.CreateVersion7(), CooperationId = id }),
            .. teams.Select(id => new StaffAssignment { Id = Guid.CreateVersion7(), TeamId = id }),
        ];
    }
}
