using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>A sign-up as the manager sees it: the volunteer's name and contact, shown because they signed up.</summary>
public sealed record SignupView(Signup Signup, string Name, string? Email, string? Phone, bool HasCurrentCheck);

/// <summary>
/// Sign-ups: volunteers offer and withdraw, managers confirm and decline, either records the hours. A confirmation
/// takes a place by one conditional update of the request's count, inside the transaction that confirms the sign-up,
/// so however many confirm at the same moment, never more are confirmed than the request has places.
/// </summary>
public sealed class SignupService(PortalDbContext db, CaseAccess access, RequestMails mails, TimeProvider time)
{
    public async Task<OperationResult<Signup>> SignUpAsync(Volunteer volunteer, Guid requestId, string? message, CancellationToken ct = default)
    {
        var request = await db.Set<VolunteerRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        var today = CaseDay.Today(time);
        if (request is null || request.Status == RequestStatus.Draft || !volunteer.Municipalities.Any(m => m.Id == request.MunicipalityId))
        {
            return OperationResult.NotFound;
        }

        var text = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        var v = new Validator().Text("Message", text, Signup.MessageMaxLength, VolunteerTexts.Get("Field_Message"), multiline: true);
        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        if (!VolunteerFit.MayTake(request, volunteer, today))
        {
            return OperationResult.Conflict("Request", VolunteerTexts.Get("Signup_NeedsCheck"));
        }

        var existing = await db.Set<Signup>().FirstOrDefaultAsync(s => s.RequestId == requestId && s.VolunteerId == volunteer.Id, ct);
        if (existing is not null && existing.Status != SignupStatus.Withdrawn)
        {
            return OperationResult.Conflict("Request", VolunteerTexts.Get("Signup_Twice"));
        }

        if (!request.IsOpen(today))
        {
            return OperationResult.Conflict("Request", VolunteerTexts.Get(request.Status == RequestStatus.Filled || request.Confirmed >= request.Places ? "Signup_Full" : "Signup_Closed"));
        }

        var signup = existing ?? new Signup { Id = Guid.CreateVersion7(), RequestId = requestId, VolunteerId = volunteer.Id };
        signup.Status = SignupStatus.Pending;
        signup.Message = text;
        signup.CreatedAt = Clock.UtcNow(time);
        signup.DecidedAt = null;
        signup.DecidedBy = null;
        if (existing is null)
        {
            db.Add(signup);
        }

        await mails.ToManagerAsync(request.CaseId, "signup-received", request, volunteer.DisplayName, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same volunteer signed up in a parallel request a moment earlier.
            db.ChangeTracker.Clear();
            return OperationResult.Conflict("Request", VolunteerTexts.Get("Signup_Twice"));
        }

        return OperationResult<Signup>.Ok(signup);
    }

    public async Task<OperationResult<Signup>> ConfirmAsync(CaseViewer viewer, Guid signupId, CancellationToken ct = default)
    {
        var found = await InScopeAsync(viewer, signupId, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        var (signup, request) = found.Value;
        var refused = Decidable(signup, request);
        if (refused is not null)
        {
            return refused;
        }

        var volunteer = await db.Volunteers.AsNoTracking().FirstAsync(v => v.Id == signup.VolunteerId, ct);
        if (volunteer.Status != VolunteerStatus.Approved || !VolunteerFit.MayTake(request, volunteer, CaseDay.Today(time)))
        {
            return OperationResult.Conflict("Signup", Texts.Get("Signup_VolunteerNeedsCheck"));
        }

        var now = Clock.UtcNow(time);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = await db.Set<VolunteerRequest>()
            .Where(r => r.Id == request.Id && r.Status == RequestStatus.Published && r.Confirmed < r.Places)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Confirmed, r => r.Confirmed + 1)
                .SetProperty(r => r.Status, r => r.Confirmed + 1 >= r.Places ? RequestStatus.Filled : RequestStatus.Published)
                .SetProperty(r => r.UpdatedAt, now), ct);
        if (taken == 0)
        {
            return OperationResult.Conflict("Signup", Texts.Get("Signup_PlacesTaken"));
        }

        var confirmed = await db.Set<Signup>().Where(s => s.Id == signup.Id && s.Status == SignupStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, SignupStatus.Confirmed)
                .SetProperty(x => x.DecidedAt, now)
                .SetProperty(x => x.DecidedBy, viewer.Email), ct);
        if (confirmed == 0)
        {
            // Withdrawn or decided in the meantime: the place is given back by the rollback.
            return OperationResult.Conflict("Signup", Texts.Get("Signup_NotPending"));
        }

        var fresh = await db.Set<VolunteerRequest>().AsNoTracking().FirstAsync(r => r.Id == request.Id, ct);
        await mails.ToVolunteerAsync(volunteer, "signup-confirmed", fresh, ct, withCalendar: true);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signup.Status = SignupStatus.Confirmed;
        signup.DecidedAt = now;
        signup.DecidedBy = viewer.Email;
        return OperationResult<Signup>.Ok(signup);
    }

    public async Task<OperationResult<Signup>> DeclineAsync(CaseViewer viewer, Guid signupId, CancellationToken ct = default)
    {
        var found = await InScopeAsync(viewer, signupId, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        var (signup, request) = found.Value;
        var refused = Decidable(signup, request);
        if (refused is not null)
        {
            return refused;
        }

        var tracked = await db.Set<Signup>().FirstAsync(s => s.Id == signup.Id, ct);
        tracked.Status = SignupStatus.Declined;
        tracked.DecidedAt = Clock.UtcNow(time);
        tracked.DecidedBy = viewer.Email;
        var volunteer = await db.Volunteers.AsNoTracking().FirstAsync(v => v.Id == signup.VolunteerId, ct);
        await mails.ToVolunteerAsync(volunteer, "signup-declined", request, ct);
        await db.SaveChangesAsync(ct);
        return OperationResult<Signup>.Ok(tracked);
    }

    /// <summary>The volunteer steps back: a confirmed place is freed (the request returns to the board) and the manager is told.</summary>
    public async Task<OperationResult<Signup>> WithdrawAsync(Volunteer volunteer, Guid signupId, CancellationToken ct = default)
    {
        var signup = await db.Set<Signup>().Include(s => s.Request).FirstOrDefaultAsync(s => s.Id == signupId && s.VolunteerId == volunteer.Id, ct);
        if (signup is null)
        {
            return OperationResult.NotFound;
        }

        if (!signup.IsActive || !signup.Request!.IsRunning)
        {
            return OperationResult.Conflict("Signup", VolunteerTexts.Get("Signup_NotWithdrawable"));
        }

        var now = Clock.UtcNow(time);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (signup.Status == SignupStatus.Confirmed)
        {
            await db.Set<VolunteerRequest>().Where(r => r.Id == signup.RequestId && r.Confirmed > 0)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Confirmed, r => r.Confirmed - 1)
                    .SetProperty(r => r.Status, r => r.Status == RequestStatus.Filled ? RequestStatus.Published : r.Status)
                    .SetProperty(r => r.UpdatedAt, now), ct);
        }

        signup.Status = SignupStatus.Withdrawn;
        signup.DecidedAt = now;
        await mails.ToManagerAsync(signup.Request.CaseId, "signup-withdrawn", signup.Request, volunteer.DisplayName, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return OperationResult<Signup>.Ok(signup);
    }

    /// <summary>The volunteer records the help as done, with the hours.</summary>
    public async Task<OperationResult<Signup>> CompleteAsync(Volunteer volunteer, Guid signupId, decimal? hours, CancellationToken ct = default)
    {
        var signup = await db.Set<Signup>().Include(s => s.Request).FirstOrDefaultAsync(s => s.Id == signupId && s.VolunteerId == volunteer.Id, ct);
        return signup is null ? OperationResult.NotFound : await CompleteAsync(signup, hours, volunteer.DisplayName, ct);
    }

    /// <summary>The manager records the help for the volunteer.</summary>
    public async Task<OperationResult<Signup>> CompleteForAsync(CaseViewer viewer, Guid signupId, decimal? hours, CancellationToken ct = default)
    {
        var found = await InScopeAsync(viewer, signupId, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        var signup = await db.Set<Signup>().Include(s => s.Request).FirstAsync(s => s.Id == signupId, ct);
        return await CompleteAsync(signup, hours, viewer.Email, ct);
    }

    /// <summary>The sign-ups of a request with the volunteers' names and contacts; only for a manager who may see the request's case.</summary>
    public async Task<IReadOnlyList<SignupView>> ForRequestAsync(VolunteerRequest request, CancellationToken ct = default)
    {
        var today = CaseDay.Today(time);
        var rows = await (from s in db.Set<Signup>().AsNoTracking()
                          join v in db.Volunteers.AsNoTracking() on s.VolunteerId equals v.Id
                          join u in db.Users.AsNoTracking() on v.UserId equals u.Id
                          where s.RequestId == request.Id
                          orderby s.CreatedAt
                          select new { Signup = s, v.DisplayName, u.Email, v.Phone, v.ConductCertificateRecheckOn }).ToListAsync(ct);
        return rows.Select(r => new SignupView(r.Signup, r.DisplayName, r.Email, r.Phone, r.ConductCertificateRecheckOn is { } recheck && recheck >= today)).ToList();
    }

    private async Task<OperationResult<Signup>> CompleteAsync(Signup signup, decimal? hours, string by, CancellationToken ct)
    {
        var today = CaseDay.Today(time);
        if (signup.Status is not (SignupStatus.Confirmed or SignupStatus.Completed))
        {
            return OperationResult.Conflict("Signup", VolunteerTexts.Get("Signup_NotConfirmed"));
        }

        if (signup.Request!.On is { } on && on > today)
        {
            return OperationResult.Conflict("Signup", VolunteerTexts.Get("Signup_NotYet"));
        }

        if (hours is not { } value || value <= 0 || value > Signup.MaxHours || decimal.Round(value, 2) != value)
        {
            return OperationResult.Invalid("Hours", VolunteerTexts.Format("Signup_HoursRange", Signup.MaxHours));
        }

        signup.Status = SignupStatus.Completed;
        signup.Hours = value;
        signup.CompletedOn = signup.Request.On ?? today;
        signup.CompletedBy = by;
        await db.SaveChangesAsync(ct);
        return OperationResult<Signup>.Ok(signup);
    }

    private OperationResult? Decidable(Signup signup, VolunteerRequest request)
    {
        if (signup.Status == SignupStatus.Withdrawn)
        {
            return OperationResult.Conflict("Signup", Texts.Get("Signup_Withdrawn"));
        }

        if (signup.Status != SignupStatus.Pending)
        {
            return OperationResult.Conflict("Signup", Texts.Get("Signup_NotPending"));
        }

        return request.IsRunning && request.ExpiresOn >= CaseDay.Today(time)
            ? null
            : OperationResult.Conflict("Signup", Texts.Format("Request_NotChangeable", Texts.Label(request.Status)));
    }

    /// <summary>A sign-up and its request, if the manager may see the request's case.</summary>
    private async Task<(Signup Signup, VolunteerRequest Request)?> InScopeAsync(CaseViewer viewer, Guid signupId, CancellationToken ct)
    {
        var signup = await db.Set<Signup>().AsNoTracking().Include(s => s.Request).FirstOrDefaultAsync(s => s.Id == signupId, ct);
        if (signup is null || !await access.Visible(viewer).AnyAsync(c => c.Id == signup.Request!.CaseId, ct))
        {
            return null;
        }

        return (signup, signup.Request!);
    }
}
