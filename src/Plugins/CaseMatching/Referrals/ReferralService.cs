using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Referrals;

public sealed record ReferralInput(Guid? OfferId, string? Note);

public sealed record ReferralUpdate(string? Status, DateOnly? On, string? Note);

/// <summary>The right status for a referral whose final status was wrong, and why.</summary>
public sealed record ReferralCorrection(string? Status, string? Reason);

/// <summary>Referrals of a need to directory offers; a referral to a named provider needs the person's consent.</summary>
public sealed class ReferralService(PortalDbContext db, NeedService needs, TimeProvider time)
{
    public async Task<OperationResult<Referral>> CreateAsync(CaseViewer viewer, Guid needId, ReferralInput input, CancellationToken ct = default)
    {
        var found = await needs.FindAsync(viewer, needId, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        var today = CaseDay.Today(time);
        var guard = CaseGuard.CanEdit(found.Case, today);
        if (!guard.Succeeded)
        {
            return guard;
        }

        var consent = CaseGuard.Requires(found.Case, ConsentPurpose.ProviderReferral);
        if (!consent.Succeeded)
        {
            return consent;
        }

        var offer = input.OfferId is { } offerId
            ? await db.Offers.AsNoTracking().Include(o => o.Texts).FirstOrDefaultAsync(o => o.Id == offerId && o.Status == OfferStatus.Published, ct)
            : null;
        var v = new Validator();
        if (offer is null)
        {
            v.Add("OfferId", Texts.Get("OfferUnknown"));
        }
        else if (found.Need.Referrals.Any(r => r.OfferId == offer.Id && !r.IsFinal))
        {
            v.Add("OfferId", Texts.Get("ReferralExists"));
        }

        v.MaxLength("Note", input.Note, 2000, Texts.Get("Field_Note"));
        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        var now = Clock.UtcNow(time);
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(),
            NeedId = needId,
            OfferId = offer!.Id,
            OfferTitle = offer.TitleIn("de"),
            Status = ReferralStatus.Suggested,
            Note = Clean(input.Note),
            CreatedAt = now,
            UpdatedAt = now,
        };
        referral.Events.Add(Event(referral, today, viewer, now));
        db.Add(referral);
        await db.SaveChangesAsync(ct);
        return OperationResult<Referral>.Ok(referral);
    }

    public async Task<OperationResult<Referral>> UpdateAsync(CaseViewer viewer, Guid referralId, ReferralUpdate input, CancellationToken ct = default)
    {
        var (referral, refused) = await EditableAsync(viewer, referralId, ct);
        if (referral is null)
        {
            return refused!;
        }

        var today = CaseDay.Today(time);

        var status = CaseService.ParseEnum<ReferralStatus>(input.Status);
        var v = new Validator();
        if (status is null)
        {
            v.Add("Status", Texts.Get("ReferralStatusUnknown"));
        }
        else if (referral.IsFinal)
        {
            v.Add("Status", Texts.Format("ReferralFinal", Texts.Label(referral.Status)));
        }
        else if (!ReferralFlow.CanMove(referral.Status, status.Value))
        {
            v.Add("Status", Refused(referral.Status, status.Value));
        }

        v.Date("On", input.On, Texts.Get("Field_Date"));
        if (input.On > today)
        {
            v.Add("On", Texts.Get("ReferralDateInFuture"));
        }

        v.MaxLength("Note", input.Note, 2000, Texts.Get("Field_Note"));
        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        var now = Clock.UtcNow(time);
        referral.Status = status!.Value;
        referral.UpdatedAt = now;
        var change = Event(referral, input.On ?? today, viewer, now);
        change.Note = Clean(input.Note);
        db.Add(change);
        await db.SaveChangesAsync(ct);
        return OperationResult<Referral>.Ok(referral);
    }

    /// <summary>
    /// Sets a final status that was wrong (completed instead of cancelled, or the other way round) to the right one.
    /// Only the case's manager may, with a reason; the history keeps the wrong status and the correction with its reason.
    /// </summary>
    public async Task<OperationResult<Referral>> CorrectAsync(CaseViewer viewer, Guid referralId, ReferralCorrection input, CancellationToken ct = default)
    {
        var (referral, refused) = await EditableAsync(viewer, referralId, ct);
        if (referral is null)
        {
            return refused!;
        }

        var today = CaseDay.Today(time);

        var status = CaseService.ParseEnum<ReferralStatus>(input.Status);
        var v = new Validator();
        if (!viewer.IsManager)
        {
            v.Add("Status", Texts.Get("ReferralCorrectionManagersOnly"));
        }
        else if (!referral.IsFinal)
        {
            v.Add("Status", Texts.Format("ReferralCorrectionNotFinal", Texts.Label(referral.Status)));
        }
        else if (status is null || status == referral.Status)
        {
            v.Add("Status", Texts.Format("ReferralCorrectionStatus", Texts.Label(referral.Status)));
        }

        v.Required("Reason", input.Reason, Texts.Get("Field_CorrectionReason"));
        v.MaxLength("Reason", input.Reason, 1000, Texts.Get("Field_CorrectionReason"));
        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        var now = Clock.UtcNow(time);
        var wrong = referral.Status;
        referral.Status = status!.Value;
        referral.UpdatedAt = now;
        var change = Event(referral, today, viewer, now);
        change.Note = Texts.Format("Referral_CorrectionNote", Texts.Label(wrong), input.Reason!.Trim());
        db.Add(change);
        await db.SaveChangesAsync(ct);
        return OperationResult<Referral>.Ok(referral);
    }

    /// <summary>
    /// A completed referral is the moment to look at its goal: true while the goal is still open. The goal is never
    /// changed here; the manager decides (the case and need pages show "Ziel als erreicht markieren").
    /// </summary>
    public static bool SuggestsGoalAchieved(Referral referral, Goal goal) =>
        referral.Status == ReferralStatus.Completed && goal.IsActive;

    /// <summary>The referral with its history, if the viewer may see and edit its case; else why not.</summary>
    private async Task<(Referral? Referral, OperationResult? Refused)> EditableAsync(CaseViewer viewer, Guid referralId, CancellationToken ct)
    {
        var referral = await db.Set<Referral>().Include(r => r.Events).FirstOrDefaultAsync(r => r.Id == referralId, ct);
        var found = referral is null ? null : await needs.FindAsync(viewer, referral.NeedId, ct);
        if (referral is null || found is null)
        {
            return (null, OperationResult.NotFound);
        }

        var guard = CaseGuard.CanEdit(found.Case, CaseDay.Today(time));
        return guard.Succeeded ? (referral, null) : (null, guard);
    }

    private static string Refused(ReferralStatus from, ReferralStatus to)
    {
        var allowed = string.Join(", ", ReferralFlow.Allowed(from).Select(s => $"„{Texts.Label(s)}“"));
        return to == ReferralStatus.Completed
            ? Texts.Format("ReferralNotStarted", Texts.Label(from), allowed)
            : Texts.Format("ReferralTransition", Texts.Label(from), Texts.Label(to), allowed);
    }

    private static ReferralEvent Event(Referral referral, DateOnly on, CaseViewer viewer, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        ReferralId = referral.Id,
        Status = referral.Status,
        On = on,
        Note = referral.Events.Count == 0 ? referral.Note : null,
        ChangedBy = viewer.Email,
        ChangedAt = now,
    };

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
