using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Matching;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Needs;

/// <summary>
/// Ranked suggestions for one need (a logged read of the case), referral to an offer, and the referrals' status.
/// Volunteers appear without names: the matching service hands out labels only.
/// </summary>
[Authorize(Policy = CaseMatchingPlugin.CaseWorkPolicy)]
public sealed partial class NeedModel(
    CaseAccess access, NeedService needs, MatchingService matching, ReferralService referrals, PortalDbContext db, TimeProvider time) : CasePageModel(access)
{
    public Need Need { get; private set; } = null!;

    public Case Case { get; private set; } = null!;

    public Suggestions Suggestions { get; private set; } = new([], []);

    /// <summary>How many of the best offers are shown at once; the rest wait behind "weitere".</summary>
    public const int FirstShown = 10;

    /// <summary>The distances a manager can narrow the suggestions to (km).</summary>
    public static readonly int[] Distances = [5, 10, 25, 50];

    /// <summary>Only offers of this kind (GET, works without JavaScript).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>Only offers at most this far away (km); offers without a place (online) stay in.</summary>
    [BindProperty(SupportsGet = true)]
    public int? MaxKm { get; set; }

    /// <summary>The ranked offers after the manager's filters, best first.</summary>
    public IReadOnlyList<OfferSuggestion> Offers => Suggestions.Offers
        .Where(o => string.IsNullOrEmpty(Kind) || o.Kind == Kind)
        .Where(o => MaxKm is not { } km || o.DistanceKm is not { } d || d <= km)
        .ToList();

    /// <summary>The kinds among the suggestions, for the filter.</summary>
    public IReadOnlyList<string> OfferKinds => Suggestions.Offers.Select(o => o.Kind).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyDictionary<Guid, string> MunicipalityNames { get; private set; } = new Dictionary<Guid, string>();

    public DateOnly Today { get; private set; }

    public bool HasReferralConsent => CaseGuard.Requires(Case, ConsentPurpose.ProviderReferral).Succeeded;

    /// <summary>A status form that came back with messages, to show again as typed.</summary>
    public (Guid ReferralId, ReferralStatusForm Form)? PostedStatus { get; private set; }

    public static string ReferKey(Guid offerId) => $"refer-{offerId:N}";

    public static string StatusKey(Guid referralId) => $"referral-{referralId:N}";

    /// <summary>Offers with a referral still running get no second one.</summary>
    public bool IsReferred(Guid offerId) => Need.Referrals.Any(r => r.OfferId == offerId && !r.IsFinal);

    /// <summary>The next steps the service allows (<see cref="ReferralFlow"/>), so the form offers no refused one.</summary>
    public static IReadOnlyList<Choice> NextStatuses(Referral referral) =>
        ReferralFlow.Allowed(referral.Status).Select(s => new Choice(s.ToString(), Texts.Label(s))).ToList();

    public ReferralStatusForm StatusFormFor(Referral referral) => PostedStatus is { } posted && posted.ReferralId == referral.Id
        ? posted.Form
        : new ReferralStatusForm { On = FormValues.Input(Today) };

    public async Task<IActionResult> OnGetAsync(Guid needId, CancellationToken ct) =>
        await LoadAsync(needId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReferAsync(Guid needId, Guid offerId, CancellationToken ct) =>
        await OutcomeAsync(
            await referrals.CreateAsync(await ViewerAsync(ct), needId, new ReferralInput(offerId, null), ct), ReferKey(offerId),
            referral => Saved(referral, Texts.Format("Referral_Created", referral.OfferTitle)), () => AgainAsync(needId, ct));

    public async Task<IActionResult> OnPostStatusAsync(Guid needId, Guid referralId, [Bind(Prefix = "Referral")] ReferralStatusForm form, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        var found = await needs.FindAsync(viewer, needId, ct);
        if (found is null || found.Need.Referrals.All(r => r.Id != referralId))
        {
            return NotFound();
        }

        var key = StatusKey(referralId);
        var on = Date(form.On, $"{key}.On");
        return await OutcomeAsync(
            () => referrals.UpdateAsync(viewer, referralId, new ReferralUpdate(form.Status, on, form.Note), ct), key,
            referral => Saved(referral, Texts.Format("Referral_StatusSaved", referral.OfferTitle, Texts.Label(referral.Status))),
            () =>
            {
                PostedStatus = (referralId, form);
                return AgainAsync(needId, ct);
            });
    }

    private RedirectToPageResult Saved(Referral referral, string message)
    {
        Status(message);
        return RedirectToPage("Need", new { needId = referral.NeedId });
    }

    /// <summary>The page again after a refused form; a need gone out of reach meanwhile is "not found".</summary>
    private async Task<IActionResult> AgainAsync(Guid needId, CancellationToken ct) =>
        await LoadAsync(needId, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid needId, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        var found = await needs.FindAsync(viewer, needId, ct);
        var suggestions = found is null ? null : await matching.SuggestAsync(viewer, needId, ct);
        if (found is null || suggestions is null)
        {
            return false;
        }

        (Need, Case, Suggestions) = (found.Need, found.Case, suggestions);
        Goal = await db.Set<Goal>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == found.Need.GoalId, ct);
        Today = CaseDay.Today(time);
        MunicipalityNames = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return true;
    }
}

/// <summary>One row of the suggestion list: the ranked offer and the page it is shown on (for its refer form).</summary>
public sealed record SuggestedOffer(NeedModel Page, OfferSuggestion Offer);
