using System.ComponentModel.DataAnnotations;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Pages.BackOffice.Users;

public sealed class UserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>"m:{id}", "c:{id}" or "t:{id}": a municipality, cooperation or team the account works for.</summary>
    public List<string> Targets { get; set; } = [];
}

/// <summary>
/// Staff accounts: roles and what they work for. A new account has no password; it gets a link to set one,
/// so no administrator ever knows or types a colleague's password.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UserEditModel(
    PortalDbContext db, UserManager<PortalUser> users, PasswordResetMail mail, TimeProvider time, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [FromRoute]
    public Guid? Id { get; set; }

    public bool IsNew => Id is null;

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var user = await db.Users.Include(u => u.Assignments).FirstOrDefaultAsync(u => u.Id == id, ct);
            if (user is null)
            {
                return NotFound();
            }

            Input = new UserInput
            {
                Email = user.Email, DisplayName = user.DisplayName, Roles = (await users.GetRolesAsync(user)).ToList(),
                Targets = user.Assignments.Select(TargetKey).ToList(),
            };
        }

        await LoadTargetsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadTargetsAsync(ct);
        var unknownRole = Input.Roles.FirstOrDefault(r => !Core.Accounts.Roles.All.Contains(r));
        if (unknownRole is not null || Input.Targets.Any(t => Targets.All(o => o.Value != t)))
        {
            ModelState.AddModelError(string.Empty, text["Users_InvalidChoice"]);
            return Page();
        }

        var user = Id is { } id ? await db.Users.Include(u => u.Assignments).FirstOrDefaultAsync(u => u.Id == id, ct) : null;
        if (Id is not null && user is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (user is null)
        {
            if (string.IsNullOrWhiteSpace(Input.Email) || !new EmailAddressAttribute().IsValid(Input.Email))
            {
                ModelState.AddModelError("Input.Email", text["Validation_Email"]);
                return Page();
            }

            user = new PortalUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), EmailConfirmed = true, CreatedAt = Clock.UtcNow(time) };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                AddErrors(created, "Input.Email");
                return Page();
            }
        }

        user.DisplayName = string.IsNullOrWhiteSpace(Input.DisplayName) ? null : Input.DisplayName.Trim();
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(Input.Roles));
        await users.AddToRolesAsync(user, Input.Roles.Except(current));
        db.StaffAssignments.RemoveRange(user.Assignments);
        db.StaffAssignments.AddRange(Input.Targets.Distinct().Select(t => Parse(t)!).Select(a => { a.UserId = user.Id; return a; }));
        await users.UpdateAsync(user);
        await db.SaveChangesAsync(ct);
        if (IsNew)
        {
            // The invitation is queued in the same transaction as the account: both or neither.
            await mail.SendAsync(user.Email!, Request);
        }

        await transaction.CommitAsync(ct);
        Status(IsNew ? text["Users_Created"] : text["Org_Saved"]);
        return Redirect("/backoffice/users");
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        var user = Id is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Status(text["Users_Unlocked"]);
        return Redirect("/backoffice/users");
    }

    /// <summary>Disables the account: a lockout without end, which also ends its open sessions and tokens.</summary>
    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = Id is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        Status(text["Users_Disabled"]);
        return Redirect("/backoffice/users");
    }

    public async Task<IActionResult> OnPostInviteAsync()
    {
        var user = Id is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null)
        {
            return NotFound();
        }

        await mail.SendAsync(user.Email!, Request);
        Status(text["Users_ResetSent"]);
        return Redirect("/backoffice/users");
    }

    private static string TargetKey(StaffAssignment a) =>
        a.MunicipalityId is { } m ? $"m:{m}" : a.CooperationId is { } c ? $"c:{c}" : $"t:{a.TeamId}";

    private static StaffAssignment? Parse(string target)
    {
        var parts = target.Split(':');
        if (parts.Length != 2 || !Guid.TryParse(parts[1], out var id))
        {
            return null;
        }

        return parts[0] switch
        {
            "m" => new StaffAssignment { Id = Guid.CreateVersion7(), MunicipalityId = id },
            "c" => new StaffAssignment { Id = Guid.CreateVersion7(), CooperationId = id },
            "t" => new StaffAssignment { Id = Guid.CreateVersion7(), TeamId = id },
            _ => null,
        };
    }

    private async Task LoadTargetsAsync(CancellationToken ct)
    {
        var options = new List<SelectListItem>();
        options.AddRange(await db.Municipalities.OrderBy(m => m.Name).Select(m => new SelectListItem(m.Name, "m:" + m.Id)).ToListAsync(ct));
        var cooperations = await db.Cooperations.OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, "c:" + c.Id)).ToListAsync(ct);
        var teams = await db.Teams.OrderBy(t => t.Name).Select(t => new SelectListItem(t.Name, "t:" + t.Id)).ToListAsync(ct);
        cooperations.ForEach(c => c.Text = text["Users_CooperationOption", c.Text]);
        teams.ForEach(t => t.Text = text["Users_TeamOption", t.Text]);
        options.AddRange(cooperations);
        options.AddRange(teams);
        foreach (var option in options)
        {
            option.Selected = Input.Targets.Contains(option.Value);
        }

        Targets = options;
    }
}
