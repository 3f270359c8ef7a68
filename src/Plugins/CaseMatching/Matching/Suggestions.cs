namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>An offer ranked for a need: its score and the reasons in words.</summary>
public sealed record OfferSuggestion(Guid OfferId, string Kind, string Slug, string Title, int Score, double? DistanceKm, IReadOnlyList<string> Reasons);

/// <summary>
/// A volunteer circle (a directory entry) or an approved volunteer ranked for a need. Volunteers are never shown by
/// name here: managers learn who helps only when a volunteer signs up for a request.
/// </summary>
public sealed record VolunteerSuggestion(string Type, Guid Id, string Label, int Score, double? DistanceKm, IReadOnlyList<string> Reasons);

public sealed record Suggestions(IReadOnlyList<OfferSuggestion> Offers, IReadOnlyList<VolunteerSuggestion> Volunteers);
