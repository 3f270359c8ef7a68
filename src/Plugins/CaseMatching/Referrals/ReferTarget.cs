using IntegrationsNetz.Plugins.CaseMatching.Needs;

namespace IntegrationsNetz.Plugins.CaseMatching.Referrals;

/// <summary>Model of the refer form on the suggestions page: the page and the offer or volunteer to refer to.</summary>
public sealed record ReferTarget(NeedModel Page, Guid OfferId, string Title);
