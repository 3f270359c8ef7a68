using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;

namespace IntegrationsNetz.Plugins.CaseMatching.Access;

/// <summary>
/// Who is looking, and what they may see: the municipalities a manager works for, and the colleagues whose cases
/// they stand in for today. Coordinators see aggregates, and cases only where they are assigned or stand in.
/// </summary>
public sealed record CaseViewer(
    Guid UserId,
    string Email,
    bool IsManager,
    bool IsCoordinator,
    bool IsAdministrator,
    IReadOnlySet<Guid> Municipalities,
    IReadOnlySet<Guid> CoveredUserIds)
{
    public bool MayWorkOnCases => IsManager || IsCoordinator;

    public static Guid IdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static bool IsStaffForCases(ClaimsPrincipal user) => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Coordinator);
}
