
namespace IntegrationsNetz.Core.Organisation;

/// <summary>
/// What a staff account works for: exactly one of a municipality, a cooperation or a team.
/// Case access rules are built on these rows.
/// </summary>
public sealed class StaffAssignment
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid? MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public Guid? CooperationId { get; set; }

    public Cooperation? Cooperation { get; set; }

    public Guid? TeamId { get; set; }

    public Team? Team { get; set; }
}
