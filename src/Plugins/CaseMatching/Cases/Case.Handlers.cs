using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

// The forms of the case page. Each answers with a redirect when saved, or the page again with the form as typed
// and the service's messages next to it (nothing is saved then).
public sealed partial class CaseModel
{
    public async Task<IActionResult> OnPostUpdateAsync(Guid id, [Bind(Prefix = "Case")] CaseForm form, CancellationToken ct) =>
        await OutcomeAsync(
            await cases.UpdateAsync(await ViewerAsync(ct), id, form.ToInput(), ct), EditKey,
            _ => Saved(id, Texts.Get("Case_Saved")), () => AgainAsync(id, form, ct));

    /// <summary>The written reason for a 4th year; everything else of the case stays as it is.</summary>
    public async Task<IActionResult> OnPostExtendAsync(Guid id, string? extensionReason, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        var current = await Access.Visible(viewer).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (current is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(extensionReason))
        {
            ModelState.AddModelError($"{ExtensionKey}.ExtensionReason", Texts.Get("ExtensionReasonRequired"));
        }

        return await OutcomeAsync(
            () => cases.UpdateAsync(viewer, id, CaseForm.From(current).ToInput(extensionReason), ct), ExtensionKey,
            _ => Saved(id, Texts.Get("Case_Extended")),
            () =>
            {
                ExtensionReason = extensionReason;
                return AgainAsync(id, null, ct);
            });
    }

    public async Task<IActionResult> OnPostConsentAsync(Guid id, [Bind(Prefix = "Consent")] ConsentForm form, CancellationToken ct)
    {
        var purpose = CaseService.ParseEnum<ConsentPurpose>(form.Purpose) ?? default;
        var key = ConsentKey(purpose);
        var on = Date(form.On, $"{key}.On");
        return await OutcomeAsync(
            async () => await cases.RecordConsentAsync(await ViewerAsync(ct), id, new ConsentInput(form.Purpose, form.Withdraw, form.TextVersion, on), ct), key,
            _ => Saved(id, Texts.Format(form.Withdraw ? "Consent_WithdrawnStatus" : "Consent_GivenStatus", Texts.Label(purpose))),
            () => AgainAsync(id, null, ct));
    }

    public async Task<IActionResult> OnPostAddGoalAsync(Guid id, [Bind(Prefix = "NewGoal")] GoalForm form, CancellationToken ct)
    {
        var input = ParseGoal(form, NewGoalKey);
        return await OutcomeAsync(
            async () => await plans.AddGoalAsync(await ViewerAsync(ct), id, input, ct), NewGoalKey,
            goal => Saved(id, Texts.Format("Goal_Added", Texts.Label(goal.Area))),
            async () =>
            {
                var page = await AgainAsync(id, null, ct);
                NewGoal = form;
                return page;
            });
    }

    public async Task<IActionResult> OnPostUpdateGoalAsync(Guid id, Guid goalId, [Bind(Prefix = "Goal")] GoalForm form, CancellationToken ct)
    {
        var key = GoalKey(goalId);
        var input = ParseGoal(form, key);
        return await OutcomeAsync(
            async () => await plans.UpdateGoalAsync(await ViewerAsync(ct), id, goalId, input, ct), key,
            goal => Saved(id, Texts.Format("Goal_Saved", Texts.Label(goal.Area))),
            () =>
            {
                PostedGoal = (goalId, form);
                return AgainAsync(id, null, ct);
            });
    }

    public async Task<IActionResult> OnPostAddNeedAsync(Guid id, Guid goalId, [Bind(Prefix = "Need")] NeedForm form, CancellationToken ct)
    {
        var key = NeedKey(goalId);
        int? travel = null;
        if (!string.IsNullOrWhiteSpace(form.MaxTravelKm))
        {
            if (int.TryParse(form.MaxTravelKm.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var km))
            {
                travel = km;
            }
            else
            {
                ModelState.AddModelError($"{key}.MaxTravelKm", Texts.Format("TravelOutOfRange", NeedService.MaxTravelKmLimit));
            }
        }

        var input = new NeedInput(null, form.Municipality, form.GermanLevel, form.TimeWindows, form.ChildcareNeeded, form.WomenOnly, form.Languages, travel);
        return await OutcomeAsync(
            async () => await needs.CreateAsync(await ViewerAsync(ct), id, goalId, input, ct), key,
            _ => Saved(id, Texts.Get("Need_Created")),
            () =>
            {
                PostedNeed = (goalId, form);
                return AgainAsync(id, null, ct);
            });
    }

    /// <summary>The goal as typed; a date that is not one leaves a message, and the service is then not asked.</summary>
    private Plans.GoalInput ParseGoal(GoalForm form, string key)
    {
        var target = Date(form.TargetDate, $"{key}.TargetDate");
        var review = Date(form.ReviewDate, $"{key}.ReviewDate");
        var conversation = Date(form.ConversationOn, $"{key}.ConversationOn");
        return form.ToInput(target, review, conversation);
    }

    private RedirectToPageResult Saved(Guid id, string message)
    {
        Status(message);
        return RedirectToPage("Case", new { id });
    }

    /// <summary>The page again after a refused form; a case gone out of reach meanwhile is "not found".</summary>
    private async Task<IActionResult> AgainAsync(Guid id, CaseForm? edit, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Edit = edit ?? CaseForm.From(Case);
        return Page();
    }
}
