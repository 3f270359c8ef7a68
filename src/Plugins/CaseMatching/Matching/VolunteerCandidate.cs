namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>What matching reads of an approved volunteer: no name, no contact. Languages as codes ("ar"), without levels.</summary>
public sealed record VolunteerCandidate(
    Guid Id,
    Guid[] Municipalities,
    string[] Languages,
    string[] Skills,
    string[] Availability,
    DateOnly? ConductCertificateRecheckOn);
