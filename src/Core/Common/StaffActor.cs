using System.Security.Claims;

namespace IntegrationsNetz.Core.Common;

/// <summary>
/// Who is changing something. Services take it on every write, so the scope rule is one rule for the back-office
/// form, the API and the CSV import, and a new write path cannot leave it out.
/// </summary>
public sealed record StaffActor(Guid UserId, string Name, bool IsAdministrator)
{
    /// <summary>The administrators' role name (<c>Accounts.Roles.Administrator</c> is this value): the actor is read from the sign-in without Accounts.</summary>
    public const string AdministratorRole = "Administrator";

    /// <summary>The portal itself (content files, command line, start-up): the reach of an administrator.</summary>
    public static StaffActor System { get; } = new(Guid.Empty, "System", true);

    public static StaffActor Of(ClaimsPrincipal user) => new(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty,
        user.Identity?.Name ?? string.Empty,
        user.IsInRole(AdministratorRole));
}
