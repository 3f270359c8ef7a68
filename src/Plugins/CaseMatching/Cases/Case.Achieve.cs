using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

// A completed referral offers to mark its goal achieved; the goal changes only when the manager presses the button.
public sealed partial class CaseModel
{
    /// <summary>The completed referral that makes the case page ask whether the goal is achieved, if any.</summary>
    public Referral? CompletedReferralFor(Goal goal) =>
        Needs.Where(n => n.GoalId == goal.Id).SelectMany(n => n.Referrals)
            .Where(r => ReferralService.SuggestsGoalAchieved(r, goal)).OrderByDescending(r => r.UpdatedAt).FirstOrDefault();

    public async Task<IActionResult> OnPostAchieveGoalAsync(Guid id, Guid goalId, CancellationToken ct) =>
        await OutcomeAsync(
            await plans.MarkAchievedAsync(await ViewerAsync(ct), id, goalId, ct), GoalKey(goalId),
            _ => Saved(id, Texts.Get("Goal_MarkedAchieved")), () => AgainAsync(id, null, ct));
}
