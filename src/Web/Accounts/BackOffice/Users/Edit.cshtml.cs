using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Accounts.BackOffice.Users;

public sealed class UserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>"m:{id}", "c:{id}" or "t:{id}": a municipality, cooperation or team the account works for.</summary>
    public List<string> Targets { get; set; } = [];
}

/// <summary>Staff accounts: roles and what they work for, through <see cref="StaffAccountService"/> (as the API).</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UserEditModel(
    PortalDbContext db, StaffAccountService accounts, PasswordResetMail mail, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    private const string ListPath = "/backoffice/users";

    [FromRoute]
    public Guid? Id { get; set; }

    public bool IsNew => Id is null;

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Targets { get; private set; } = [];

    public bool Disabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var account = await accounts.FindAsync(id, ct);
            if (account is null)
            {
                return NotFound();
            }

            Input = new UserInput
            {
                Email = account.Email, DisplayName = account.DisplayName, Roles = account.Roles.ToList(),
                Targets = account.Assignments.Select(TargetKey).ToList(),
            };
            Disabled = account.Disabled;
        }

        await LoadTargetsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadTargetsAsync(ct);
        if (Input.Targets.Any(t => Targets.All(o => o.Value != t)))
        {
            ModelState.AddModelError(string.Empty, text["Users_InvalidChoice"]);
            return Page();
        }

        var targets = Input.Targets.Distinct().Select(t => t.Split(':')).ToList();
        List<Guid> Ids(string kind) => targets.Where(t => t[0] == kind).Select(t => Guid.Parse(t[1])).ToList();
        var command = new SaveStaffAccount(Input.Email, Input.DisplayName, Input.Roles, Ids("m"), Ids("c"), Ids("t"));
        var result = await accounts.SaveAsync(Id, command, mail.BaseUrl(Request), StaffActor.Of(User), ct);
        return Outcome(result, "Input", () => Done(IsNew ? text["Users_Created"] : text["Org_Saved"]), Page);
    }

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) =>
        ActAsync(id => accounts.EnableAsync(id, ct), text["Users_Unlocked"]);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken ct) =>
        ActAsync(id => accounts.DisableAsync(id, StaffActor.Of(User), ct), text["Users_Disabled"]);

    public Task<IActionResult> OnPostInviteAsync(CancellationToken ct) =>
        ActAsync(id => accounts.InviteAsync(id, mail.BaseUrl(Request), StaffActor.Of(User), ct), text["Users_ResetSent"]);

    private async Task<IActionResult> ActAsync(Func<Guid, Task<OperationResult>> action, string done)
    {
        var result = Id is { } id ? await action(id) : OperationResult.NotFound;
        return Reported(result, done, () => Redirect(ListPath));
    }

    private RedirectResult Done(string message)
    {
        Status(message);
        return Redirect(ListPath);
    }

    private static string TargetKey(StaffAssignment a) =>
        a.MunicipalityId is { } m ? $"m:{m}" : a.CooperationId is { } c ? $"c:{c}" : $"t:{a.TeamId}";

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
