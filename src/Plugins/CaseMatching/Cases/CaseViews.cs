namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>The household selects of a form: ids start with <see cref="IdPrefix"/>, names with <see cref="NamePrefix"/>.</summary>
public sealed record HouseholdFields(string IdPrefix, string NamePrefix, string FormKey, string? Household, string? HouseholdSize);
