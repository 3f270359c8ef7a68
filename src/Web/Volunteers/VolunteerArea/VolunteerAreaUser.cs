using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;

namespace IntegrationsNetz.Web.Volunteers.VolunteerArea;

/// <summary>
/// A volunteer without a staff role. Their account pages (the volunteer area, its security page) speak the browser's
/// language; anyone with a staff role keeps the German back office there.
/// </summary>
public static class VolunteerAreaUser
{
    public static bool Is(ClaimsPrincipal user) => user.IsInRole(Roles.Volunteer) && !Roles.Staff.Any(user.IsInRole);

    /// <summary>Where a sign-in ends without a return address: volunteers have their own area, the back office is for staff.</summary>
    public static string Home(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        return list.Contains(Roles.Volunteer) && !list.Any(Roles.Staff.Contains) ? "/ehrenamt" : "/backoffice";
    }
}
