namespace IntegrationsNetz.Plugins.CaseMatching.Needs;

/// <summary>
/// The anonymised descriptor as sent: fixed choices only (no free text), so nothing personal can slip into a need.
/// <see cref="Municipality"/> is the municipality's slug.
/// </summary>
public sealed record NeedInput(
    string? Area,
    string? Municipality,
    string? GermanLevel,
    IReadOnlyList<string>? TimeWindows,
    bool ChildcareNeeded,
    bool WomenOnly,
    IReadOnlyList<string>? Languages,
    int? MaxTravelKm);
