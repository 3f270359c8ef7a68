using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Plans;

/// <summary>The integration plan: goals, each change kept as a revision.</summary>
public sealed class PlanService(PortalDbContext db, CaseAccess access, TimeProvider time)
{
    public async Task<OperationResult<Goal>> AddGoalAsync(CaseViewer viewer, Guid caseId, GoalInput input, CancellationToken ct = default)
    {
        var c = await access.Visible(viewer).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return OperationResult.NotFound;
        }

        var guard = CaseGuard.CanEdit(c, CaseDay.Today(time));
        if (!guard.Succeeded)
        {
            return guard;
        }

        var goal = new Goal { Id = Guid.CreateVersion7(), CaseId = c.Id };
        var errors = Apply(goal, input with { Status = input.Status ?? nameof(GoalStatus.Open) }, isNew: true);
        if (errors.Count > 0)
        {
            return OperationResult.Invalid(errors);
        }

        Record(goal, viewer);
        db.Add(goal);
        await db.SaveChangesAsync(ct);
        return OperationResult<Goal>.Ok(goal);
    }

    public async Task<OperationResult<Goal>> UpdateGoalAsync(CaseViewer viewer, Guid caseId, Guid goalId, GoalInput input, CancellationToken ct = default)
    {
        var (goal, refused) = await EditableGoalAsync(viewer, caseId, goalId, ct);
        if (goal is null)
        {
            return refused!;
        }

        var errors = Apply(goal, input, isNew: false);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return OperationResult.Invalid(errors);
        }

        Record(goal, viewer);
        await db.SaveChangesAsync(ct);
        return OperationResult<Goal>.Ok(goal);
    }

    /// <summary>
    /// The manager's answer to a completed referral: the goal becomes achieved, with the referral as its reason, as a
    /// new revision. Only for an open goal with a completed referral; anything else goes through the goal's form.
    /// </summary>
    public async Task<OperationResult<Goal>> MarkAchievedAsync(CaseViewer viewer, Guid caseId, Guid goalId, CancellationToken ct = default)
    {
        var (goal, refused) = await EditableGoalAsync(viewer, caseId, goalId, ct);
        if (goal is null)
        {
            return refused!;
        }

        var referrals = await db.Set<Need>().Where(n => n.GoalId == goal.Id).SelectMany(n => n.Referrals).AsNoTracking().ToListAsync(ct);
        var completed = referrals.Where(r => ReferralService.SuggestsGoalAchieved(r, goal)).OrderByDescending(r => r.UpdatedAt).FirstOrDefault();
        if (completed is null)
        {
            return goal.IsActive
                ? OperationResult.Invalid("Status", Texts.Get("GoalNoCompletedReferral"))
                : OperationResult.Invalid("Status", Texts.Format("GoalCannotBeAchieved", Texts.Label(goal.Status)));
        }

        // The dates stay as the last conversation set them: a target date already passed must not block the answer.
        goal.Status = GoalStatus.Achieved;
        goal.StatusReason = Texts.Format("Goal_AchievedByReferral", completed.OfferTitle);
        Record(goal, viewer);
        await db.SaveChangesAsync(ct);
        return OperationResult<Goal>.Ok(goal);
    }

    /// <summary>The goal, if the viewer may see and edit its case; else why not.</summary>
    private async Task<(Goal? Goal, OperationResult? Refused)> EditableGoalAsync(CaseViewer viewer, Guid caseId, Guid goalId, CancellationToken ct)
    {
        var c = await access.Visible(viewer).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        var goal = c is null ? null : await db.Set<Goal>().FirstOrDefaultAsync(g => g.Id == goalId && g.CaseId == c.Id, ct);
        if (c is null || goal is null)
        {
            return (null, OperationResult.NotFound);
        }

        var guard = CaseGuard.CanEdit(c, CaseDay.Today(time));
        return guard.Succeeded ? (goal, null) : (null, guard);
    }

    private IReadOnlyList<FieldError> Apply(Goal goal, GoalInput input, bool isNew)
    {
        var today = CaseDay.Today(time);
        var conversation = input.ConversationOn ?? today;
        var v = new Validator().Date("ConversationOn", input.ConversationOn, Texts.Get("Field_Date"))
            .Date("TargetDate", input.TargetDate, Texts.Get("Field_Date")).Date("ReviewDate", input.ReviewDate, Texts.Get("Field_Date"));
        var area = CaseService.ParseEnum<GoalArea>(input.Area);
        var status = CaseService.ParseEnum<GoalStatus>(input.Status);
        if (area is null)
        {
            v.Add("Area", Texts.Get("AreaUnknown"));
        }

        if (status is null)
        {
            v.Add("Status", Texts.Get("GoalStatusUnknown"));
        }

        v.Required("Description", input.Description, Texts.Get("Field_GoalDescription"));
        v.MaxLength("Description", input.Description, 2000, Texts.Get("Field_GoalDescription"));
        v.MaxLength("StatusReason", input.StatusReason, 1000, Texts.Get("Field_StatusReason"));
        if (conversation > today)
        {
            v.Add("ConversationOn", Texts.Get("ConversationInFuture"));
        }

        if (!isNew && conversation < goal.ConversationOn)
        {
            v.Add("ConversationOn", Texts.Format("ConversationBeforeLast", Texts.Date(goal.ConversationOn)));
        }

        var active = status is GoalStatus.Open or GoalStatus.InProgress;
        if (input.ReviewDate is null && active)
        {
            v.Add("ReviewDate", Texts.Get("ReviewDateRequired"));
        }

        if (input.ReviewDate < conversation)
        {
            v.Add("ReviewDate", Texts.Format("ReviewDateBeforeConversation", Texts.Date(conversation)));
        }

        if (input.TargetDate < conversation)
        {
            v.Add("TargetDate", Texts.Format("TargetDateBeforeConversation", Texts.Date(conversation)));
        }

        if (status is GoalStatus.Adapted or GoalStatus.Abandoned && string.IsNullOrWhiteSpace(input.StatusReason))
        {
            v.Add("StatusReason", Texts.Format("StatusReasonRequired", Texts.Label(status.Value)));
        }

        if (!v.IsValid)
        {
            return v.Errors;
        }

        goal.Area = area!.Value;
        goal.Description = input.Description!.Trim();
        goal.TargetDate = input.TargetDate;
        goal.ReviewDate = input.ReviewDate;
        goal.Status = status!.Value;
        goal.StatusReason = string.IsNullOrWhiteSpace(input.StatusReason) ? null : input.StatusReason.Trim();
        goal.ConversationOn = conversation;
        return [];
    }

    private void Record(Goal goal, CaseViewer viewer)
    {
        var now = Clock.UtcNow(time);
        goal.Version++;
        goal.UpdatedAt = now;
        db.Add(new GoalRevision
        {
            Id = Guid.CreateVersion7(),
            GoalId = goal.Id,
            Version = goal.Version,
            ConversationOn = goal.ConversationOn,
            Area = goal.Area,
            Description = goal.Description,
            TargetDate = goal.TargetDate,
            ReviewDate = goal.ReviewDate,
            Status = goal.Status,
            StatusReason = goal.StatusReason,
            ChangedBy = viewer.Email,
            ChangedAt = now,
        });
    }
}
