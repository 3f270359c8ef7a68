namespace IntegrationsNetz.Plugins.CaseMatching.Pages;

// Models of the suggestions page's partials.

public sealed record SuggestionMeta(string Kind, int Score, double? DistanceKm, IReadOnlyList<string> Reasons);

public sealed record ReferTarget(NeedModel Page, Guid OfferId, string Title);
