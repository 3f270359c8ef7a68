using System.Security.Claims;

namespace IntegrationsNetz.Core.Plugins;

/// <summary>One thing to do now on the start page: what, how many, and the link that leads straight to it.</summary>
public sealed record DashboardTask(string Text, string Url, bool Urgent = false);

/// <summary>
/// What the host or a plugin puts on a signed-in user's start page (registered in DI, several at once). Each source
/// decides by the user's roles and scope what is theirs to do; nothing is listed that the user could not open.
/// </summary>
public interface IDashboardTasks
{
    Task<IReadOnlyList<DashboardTask>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default);
}
