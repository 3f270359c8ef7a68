using IntegrationsNetz.Plugins.CaseMatching.Cases;

namespace IntegrationsNetz.Plugins.CaseMatching.Plans;

// Models of the case page's plan partials: the page itself plus the item the partial shows.

public sealed record GoalView(CaseModel Page, Goal Goal);

/// <summary>The goal fields, shared by "add" and "change": ids start with <see cref="IdPrefix"/>, names with <see cref="NamePrefix"/>.</summary>
public sealed record GoalFields(string IdPrefix, string NamePrefix, string FormKey, GoalForm Form, bool IsNew);
