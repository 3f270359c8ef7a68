namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>A request as a manager writes it, from the form or the API; the service checks every field.</summary>
public sealed record RequestInput(
    string? Title,
    string? Description,
    IReadOnlyList<string?>? Skills,
    IReadOnlyList<string?>? Languages,
    DateOnly? On,
    TimeOnly? From,
    TimeOnly? Until,
    IReadOnlyList<string?>? TimeWindows,
    int? Places,
    bool InvolvesChildren,
    DateOnly? ExpiresOn);
