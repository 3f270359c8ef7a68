using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;

namespace IntegrationsNetz.Plugins.CaseMatching.Pages;

// Models of the case page's partials: the page itself plus the item the partial shows.

public sealed record GoalView(CaseModel Page, Goal Goal);

public sealed record NeedView(CaseModel Page, Need Need);

/// <summary>The goal fields, shared by "add" and "change": ids start with <see cref="IdPrefix"/>, names with <see cref="NamePrefix"/>.</summary>
public sealed record GoalFields(string IdPrefix, string NamePrefix, string FormKey, GoalForm Form, bool IsNew);

/// <summary>The household selects of a form: ids start with <see cref="IdPrefix"/>, names with <see cref="NamePrefix"/>.</summary>
public sealed record HouseholdFields(string IdPrefix, string NamePrefix, string FormKey, string? Household, string? HouseholdSize);
