using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Plugins.CaseMatching.Needs;

// Correcting a wrong final status, and the question a completed referral raises about its goal.
public sealed partial class NeedModel
{
    /// <summary>The need's goal, for the "Ziel als erreicht markieren" question.</summary>
    public Goal? Goal { get; private set; }

    /// <summary>A correction form that came back with messages, to show again as typed.</summary>
    public (Guid ReferralId, ReferralCorrectionForm Form)? PostedCorrection { get; private set; }

    public static string CorrectionKey(Guid referralId) => $"correct-{referralId:N}";

    public static IReadOnlyList<Choice> CorrectionStatuses(Referral referral) =>
        ReferralFlow.Corrections(referral.Status).Select(s => new Choice(s.ToString(), Texts.Label(s))).ToList();

    public ReferralCorrectionForm CorrectionFormFor(Referral referral) =>
        PostedCorrection is { } posted && posted.ReferralId == referral.Id ? posted.Form : new ReferralCorrectionForm();

    /// <summary>The completed referral that asks whether the goal is achieved, while the goal is open.</summary>
    public Referral? CompletedReferral => Goal is null
        ? null
        : Need.Referrals.Where(r => ReferralService.SuggestsGoalAchieved(r, Goal)).OrderByDescending(r => r.UpdatedAt).FirstOrDefault();

    public async Task<IActionResult> OnPostCorrectAsync(Guid needId, Guid referralId, [Bind(Prefix = "Correction")] ReferralCorrectionForm form, CancellationToken ct) =>
        await OutcomeAsync(
            await referrals.CorrectAsync(await ViewerAsync(ct), referralId, new ReferralCorrection(form.Status, form.Reason), ct), CorrectionKey(referralId),
            referral => Saved(referral, Texts.Format("Referral_Corrected", referral.OfferTitle, Texts.Label(referral.Status))),
            () =>
            {
                PostedCorrection = (referralId, form);
                return AgainAsync(needId, ct);
            });
}
