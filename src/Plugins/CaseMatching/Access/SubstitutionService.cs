using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Access;

/// <summary>Who stands in for whom; <see cref="AbsentUserId"/> defaults to the caller.</summary>
public sealed record SubstitutionInput(Guid? AbsentUserId, Guid? SubstituteUserId, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>
/// Vertretung: the absent manager or a coordinator grants a colleague access to the absent manager's cases for a
/// time. It ends by itself (access is checked against the dates on every read); both are told by mail. Nobody grants
/// a substitution to themselves: a coordinator sees case content only where someone else gave it to them.
/// </summary>
public sealed class SubstitutionService(PortalDbContext db, StaffScope scope, MailOutbox outbox, TimeProvider time)
{
    public async Task<OperationResult<Substitution>> GrantAsync(CaseViewer viewer, SubstitutionInput input, string baseUrl, CancellationToken ct = default)
    {
        var today = CaseDay.Today(time);
        var absentId = input.AbsentUserId ?? viewer.UserId;
        var v = new Validator();
        if (input.SubstituteUserId is null)
        {
            v.Add("SubstituteUserId", Texts.Get("SubstituteRequired"));
        }
        else if (input.SubstituteUserId == absentId)
        {
            v.Add("SubstituteUserId", Texts.Get("SubstituteIsSelf"));
        }
        else if (input.SubstituteUserId == viewer.UserId)
        {
            v.Add("SubstituteUserId", Texts.Get("SubstituteIsViewer"));
        }

        v.Date("StartsOn", input.StartsOn, Texts.Get("Field_Date")).Date("EndsOn", input.EndsOn, Texts.Get("Field_Date"));
        if (input.StartsOn is null)
        {
            v.Add("StartsOn", Texts.Get("SubstitutionStartRequired"));
        }

        if (input.EndsOn is null)
        {
            v.Add("EndsOn", Texts.Get("SubstitutionEndRequired"));
        }
        else if (input.EndsOn < input.StartsOn)
        {
            v.Add("EndsOn", Texts.Get("SubstitutionEndsBeforeStart"));
        }
        else if (input.EndsOn < today)
        {
            v.Add("EndsOn", Texts.Get("SubstitutionInPast"));
        }

        if (absentId != viewer.UserId && !(viewer.IsCoordinator && await CoordinatorCoversAsync(viewer, absentId, ct)))
        {
            v.Add("AbsentUserId", Texts.Get("SubstitutionNotAllowed"));
        }

        var absent = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == absentId, ct);
        var substitute = input.SubstituteUserId is { } sid ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == sid, ct) : null;
        if (input.SubstituteUserId is not null && input.SubstituteUserId != absentId && input.SubstituteUserId != viewer.UserId && (substitute is null || !await IsCaseStaffAsync(substitute.Id, ct)))
        {
            v.Add("SubstituteUserId", Texts.Get("SubstituteNotStaff"));
        }

        if (!v.IsValid || absent is null || substitute is null)
        {
            return OperationResult.Invalid(v.IsValid ? [new FieldError("AbsentUserId", Texts.Get("SubstitutionNotAllowed"))] : v.Errors);
        }

        var substitution = new Substitution
        {
            Id = Guid.CreateVersion7(),
            AbsentUserId = absent.Id,
            SubstituteUserId = substitute.Id,
            StartsOn = input.StartsOn!.Value,
            EndsOn = input.EndsOn!.Value,
            GrantedBy = viewer.Email,
            CreatedAt = Clock.UtcNow(time),
        };
        db.Add(substitution);
        var values = new Dictionary<string, string>
        {
            ["Absent"] = absent.Email ?? string.Empty,
            ["Substitute"] = substitute.Email ?? string.Empty,
            ["StartsOn"] = Texts.Date(substitution.StartsOn),
            ["EndsOn"] = Texts.Date(substitution.EndsOn),
            ["GrantedBy"] = viewer.Email,
            ["Link"] = $"{baseUrl.TrimEnd('/')}/backoffice/cases",
        };
        outbox.Enqueue(absent.Email!, "substitution-granted", "de", values);
        outbox.Enqueue(substitute.Email!, "substitution-received", "de", values);
        await db.SaveChangesAsync(ct);
        return OperationResult<Substitution>.Ok(substitution);
    }

    /// <summary>Substitutions the viewer granted, receives or covers, newest first.</summary>
    public async Task<IReadOnlyList<Substitution>> ListAsync(CaseViewer viewer, CancellationToken ct = default) =>
        await db.Set<Substitution>().AsNoTracking()
            .Where(s => s.AbsentUserId == viewer.UserId || s.SubstituteUserId == viewer.UserId || s.GrantedBy == viewer.Email)
            .OrderByDescending(s => s.StartsOn).ToListAsync(ct);

    /// <summary>
    /// Managers and coordinators for the form's choice, never the viewer. A coordinator is shown the colleagues of
    /// their own municipalities only; a manager may ask anyone in a case-work role.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, string Email)>> CandidatesAsync(CaseViewer viewer, CancellationToken ct = default)
    {
        var staff = StaffRoles.InRoles(db, Roles.Manager, Roles.Coordinator).Where(u => u.Id != viewer.UserId);
        if (viewer.IsCoordinator && !viewer.IsAdministrator)
        {
            var colleagues = scope.StaffOf(await scope.MunicipalitiesAsync(viewer.UserId, isAdministrator: false, ct) ?? new HashSet<Guid>());
            staff = staff.Where(u => colleagues.Contains(u.Id));
        }

        var users = await staff.Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        return users.OrderBy(u => u.Email, StringComparer.Ordinal).Select(u => (u.Id, u.Email ?? string.Empty)).ToList();
    }

    private Task<bool> IsCaseStaffAsync(Guid userId, CancellationToken ct) =>
        StaffRoles.InRoles(db, Roles.Manager, Roles.Coordinator).AnyAsync(u => u.Id == userId, ct);

    /// <summary>A coordinator arranges substitutions for managers who work in the coordinator's municipalities.</summary>
    private async Task<bool> CoordinatorCoversAsync(CaseViewer viewer, Guid absentId, CancellationToken ct)
    {
        var own = await scope.MunicipalitiesAsync(viewer.UserId, isAdministrator: false, ct) ?? new HashSet<Guid>();
        var theirs = await scope.MunicipalitiesAsync(absentId, isAdministrator: false, ct) ?? new HashSet<Guid>();
        return own.Overlaps(theirs);
    }
}
