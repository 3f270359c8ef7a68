using IntegrationsNetz.Plugins.CaseMatching.Cases;

namespace IntegrationsNetz.Plugins.CaseMatching.Needs;

/// <summary>Model of the case page's need partial: the page itself plus the need it shows.</summary>
public sealed record NeedView(CaseModel Page, Need Need);
