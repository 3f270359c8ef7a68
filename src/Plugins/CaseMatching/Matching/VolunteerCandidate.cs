using IntegrationsNetz.Core.Volunteers;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>What matching reads of an approved volunteer: no name, no contact.</summary>
public sealed record VolunteerCandidate(
    Guid Id,
    Guid[] Municipalities,
    string[] Languages,
    string[] Skills,
    string[] Availability,
    DateOnly? ConductCertificateRecheckOn)
{
    public static VolunteerCandidate From(Volunteer v) => new(
        v.Id, v.Municipalities.Select(m => m.Id).ToArray(), v.Languages.ToArray(), v.Skills.ToArray(), v.Availability.ToArray(), v.ConductCertificateRecheckOn);
}
