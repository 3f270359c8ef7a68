using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Authorization;

namespace IntegrationsNetz.Web.Accounts.BackOffice.Users;

public sealed record UserRow(Guid Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Assignments, bool LockedOut, bool Disabled, bool TwoFactor);

[Authorize(Policy = Policies.Administration)]
public sealed class UsersIndexModel(StaffAccountService accounts) : BackOfficePageModel
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = (await accounts.ListAsync(ct)).Select(a => new UserRow(
            a.Id, a.Email, a.Roles, a.Assignments.Select(AssignmentName).ToList(), a.LockedOut, a.Disabled, a.TwoFactorEnabled)).ToList();

    internal static string AssignmentName(StaffAssignment a) => a.Municipality?.Name ?? a.Cooperation?.Name ?? a.Team?.Name ?? string.Empty;
}
