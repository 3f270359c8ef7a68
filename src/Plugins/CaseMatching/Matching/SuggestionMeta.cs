namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>Model of the suggestions page's partial: what kind of suggestion, its score, distance and reasons.</summary>
public sealed record SuggestionMeta(string Kind, int Score, double? DistanceKm, IReadOnlyList<string> Reasons);
