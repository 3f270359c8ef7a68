using Microsoft.AspNetCore.Identity;
using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.Accounts;

public sealed class PortalUser : IdentityUser<Guid>
{
    /// <summary>How the account is shown in the back office; staff use a role or a first name, never required.</summary>
    public string? DisplayName { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<StaffAssignment> Assignments { get; set; } = [];
}

public sealed class PortalRole : IdentityRole<Guid>
{
    public PortalRole()
    {
    }

    public PortalRole(string name)
        : base(name)
    {
    }
}
