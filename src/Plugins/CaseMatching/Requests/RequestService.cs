using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Privacy;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>A request with the case it belongs to, as a manager who may see the case sees it.</summary>
public sealed record RequestInCase(VolunteerRequest Request, Case Case);

/// <summary>
/// Requests as managers write them: drafts made from a need, published only when the texts pass the personal-data
/// check and the case's consent to share with volunteers holds, then sent to the fitting volunteers. Every method
/// checks that the manager may see the case first; a request out of reach is "not found".
/// </summary>
public sealed class RequestService(
    PortalDbContext db, CaseAccess access, NeedService needs, PersonalDataCheck check, RequestMails mails, RequestReach reach, TimeProvider time)
{
    public async Task<OperationResult<VolunteerRequest>> CreateAsync(CaseViewer viewer, Guid needId, RequestInput input, CancellationToken ct = default)
    {
        var found = await needs.FindAsync(viewer, needId, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        var allowed = Allowed(found.Case);
        if (!allowed.Succeeded)
        {
            return allowed;
        }

        var now = Clock.UtcNow(time);
        var request = new VolunteerRequest
        {
            Id = Guid.CreateVersion7(),
            CaseId = found.Case.Id,
            NeedId = found.Need.Id,
            MunicipalityId = found.Need.MunicipalityId,
            Status = RequestStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = viewer.Email,
        };
        var invalid = Apply(request, input, checkTexts: false);
        if (invalid is not null)
        {
            return invalid;
        }

        db.Add(request);
        await db.SaveChangesAsync(ct);
        return OperationResult<VolunteerRequest>.Ok(request);
    }

    /// <summary>Changes a draft or a running request; a running one is checked again and its volunteers are told.</summary>
    public async Task<OperationResult<VolunteerRequest>> UpdateAsync(CaseViewer viewer, Guid id, RequestInput input, CancellationToken ct = default)
    {
        var found = await FindTrackedAsync(viewer, id, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        var request = found.Request;
        if (request.Status is not (RequestStatus.Draft or RequestStatus.Published or RequestStatus.Filled))
        {
            return OperationResult.Conflict("Status", Texts.Format("Request_NotChangeable", Texts.Label(request.Status)));
        }

        var running = request.IsRunning;
        var invalid = Apply(request, input, checkTexts: running);
        if (invalid is not null)
        {
            return invalid;
        }

        request.Status = running ? (request.Confirmed >= request.Places ? RequestStatus.Filled : RequestStatus.Published) : request.Status;
        request.UpdatedAt = Clock.UtcNow(time);
        if (running)
        {
            await TellSignedUpAsync(request, "request-changed", ct);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<VolunteerRequest>.Ok(request);
    }

    /// <summary>The personal-data check, then publishing, then the notices to every fitting volunteer.</summary>
    public async Task<OperationResult<VolunteerRequest>> PublishAsync(CaseViewer viewer, Guid id, CancellationToken ct = default)
    {
        var found = await FindTrackedAsync(viewer, id, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        var request = found.Request;
        if (request.Status != RequestStatus.Draft)
        {
            return OperationResult.Conflict("Status", Texts.Format("Request_NotDraft", Texts.Label(request.Status)));
        }

        var allowed = Allowed(found.Case);
        var today = CaseDay.Today(time);
        if (!allowed.Succeeded)
        {
            return allowed;
        }

        var v = new Validator();
        CheckTexts(v, request);
        if (request.ExpiresOn < today || (request.On is { } on && on < today))
        {
            v.Add("ExpiresOn", Texts.Get("Request_InThePast"));
        }

        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        var now = Clock.UtcNow(time);
        request.Status = RequestStatus.Published;
        request.PublishedAt = now;
        request.UpdatedAt = now;
        await NotifyFittingAsync(request, ct);
        await db.SaveChangesAsync(ct);
        return OperationResult<VolunteerRequest>.Ok(request);
    }

    public async Task<OperationResult<VolunteerRequest>> CancelAsync(CaseViewer viewer, Guid id, CancellationToken ct = default)
    {
        var found = await FindTrackedAsync(viewer, id, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        if (found.Request.Status is RequestStatus.Closed or RequestStatus.Cancelled or RequestStatus.Expired)
        {
            return OperationResult.Conflict("Status", Texts.Format("Request_NotChangeable", Texts.Label(found.Request.Status)));
        }

        await CancelAsync(found.Request, ct);
        await db.SaveChangesAsync(ct);
        return OperationResult<VolunteerRequest>.Ok(found.Request);
    }

    /// <summary>Closes a request once the help is given: it leaves the board, the meeting details are no longer shown.</summary>
    public async Task<OperationResult<VolunteerRequest>> CloseAsync(CaseViewer viewer, Guid id, CancellationToken ct = default)
    {
        var found = await FindTrackedAsync(viewer, id, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        if (!found.Request.IsRunning)
        {
            return OperationResult.Conflict("Status", Texts.Format("Request_NotChangeable", Texts.Label(found.Request.Status)));
        }

        found.Request.Status = RequestStatus.Closed;
        found.Request.UpdatedAt = Clock.UtcNow(time);
        foreach (var pending in found.Request.Signups.Where(s => s.Status == SignupStatus.Pending))
        {
            pending.Status = SignupStatus.Cancelled;
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<VolunteerRequest>.Ok(found.Request);
    }

    /// <summary>Where and how to meet, for the confirmed volunteers; checked like the request, and they are told.</summary>
    public async Task<OperationResult<VolunteerRequest>> SetMeetingDetailsAsync(CaseViewer viewer, Guid id, string? details, CancellationToken ct = default)
    {
        var found = await FindTrackedAsync(viewer, id, ct);
        if (found is null)
        {
            return OperationResult.NotFound;
        }

        var request = found.Request;
        if (request.Status is RequestStatus.Closed or RequestStatus.Cancelled or RequestStatus.Expired)
        {
            return OperationResult.Conflict("Status", Texts.Format("Request_NotChangeable", Texts.Label(request.Status)));
        }

        var text = string.IsNullOrWhiteSpace(details) ? null : details.Trim();
        var v = new Validator().Text("MeetingDetails", text, VolunteerRequest.MeetingMaxLength, Texts.Get("Field_MeetingDetails"), multiline: true);
        Check(v, "MeetingDetails", text);
        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        request.MeetingDetails = text;
        request.UpdatedAt = Clock.UtcNow(time);
        if (request.IsRunning)
        {
            foreach (var signup in request.Signups.Where(s => s.Status == SignupStatus.Confirmed))
            {
                var volunteer = await db.Volunteers.AsNoTracking().FirstAsync(x => x.Id == signup.VolunteerId, ct);
                await mails.ToVolunteerAsync(volunteer, "request-changed", request, ct, withCalendar: true);
            }
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<VolunteerRequest>.Ok(request);
    }

    /// <summary>A request with its sign-ups, if the viewer may see its case; reading it is a logged read of the case.</summary>
    public async Task<RequestInCase?> FindAsync(CaseViewer viewer, Guid id, CancellationToken ct = default)
    {
        var request = await db.Set<VolunteerRequest>().AsNoTracking().Include(r => r.Signups).FirstOrDefaultAsync(r => r.Id == id, ct);
        var c = request is null ? null : await access.Visible(viewer).AsNoTracking().Include(x => x.Consents).FirstOrDefaultAsync(x => x.Id == request.CaseId, ct);
        if (request is null || c is null)
        {
            return null;
        }

        access.RecordRead(viewer, c.Id, Texts.Get("Read_Request"));
        await db.SaveChangesAsync(ct);
        return new RequestInCase(request, c);
    }

    public async Task<IReadOnlyList<VolunteerRequest>> ForNeedAsync(Guid needId, CancellationToken ct = default) =>
        await db.Set<VolunteerRequest>().AsNoTracking().Include(r => r.Signups)
            .Where(r => r.NeedId == needId).OrderByDescending(r => r.CreatedAt).ToListAsync(ct);

    /// <summary>
    /// The consent to share with volunteers was withdrawn: every request of the case that is not over is cancelled,
    /// and its volunteers learn only that it was cancelled. Saved with the caller's unit of work.
    /// </summary>
    public async Task CancelForCaseAsync(Guid caseId, CancellationToken ct = default)
    {
        var open = await db.Set<VolunteerRequest>().Include(r => r.Signups)
            .Where(r => r.CaseId == caseId && (r.Status == RequestStatus.Draft || r.Status == RequestStatus.Published || r.Status == RequestStatus.Filled))
            .ToListAsync(ct);
        foreach (var request in open)
        {
            await CancelAsync(request, ct);
        }
    }

    private async Task CancelAsync(VolunteerRequest request, CancellationToken ct)
    {
        var wasRunning = request.IsRunning;
        request.Status = RequestStatus.Cancelled;
        request.UpdatedAt = Clock.UtcNow(time);
        if (wasRunning)
        {
            await TellSignedUpAsync(request, "request-cancelled", ct, cancelled: true);
        }

        foreach (var signup in request.Signups.Where(s => s.IsActive))
        {
            signup.Status = SignupStatus.Cancelled;
        }

        request.Confirmed = 0;
    }

    private async Task TellSignedUpAsync(VolunteerRequest request, string template, CancellationToken ct, bool cancelled = false)
    {
        foreach (var signup in request.Signups.Where(s => s.IsActive))
        {
            var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == signup.VolunteerId, ct);
            if (volunteer is not null)
            {
                await mails.ToVolunteerAsync(volunteer, template, request, ct, withCalendar: signup.Status == SignupStatus.Confirmed, cancelled: cancelled);
            }
        }
    }

    /// <summary>Fitting volunteers hear of the request at once or in their daily digest, as each chose; each only once.</summary>
    private async Task NotifyFittingAsync(VolunteerRequest request, CancellationToken ct)
    {
        var today = CaseDay.Today(time);
        var within = await reach.AroundAsync(request.NeedId, request.MunicipalityId, ct);
        var volunteers = await db.Volunteers.AsNoTracking().Include(v => v.Municipalities)
            .Where(v => v.Status == VolunteerStatus.Approved && v.Notifications != NotificationPreference.None)
            .Where(v => v.Municipalities.Any(m => within.Contains(m.Id)))
            .ToListAsync(ct);
        var told = await db.Set<RequestNotice>().Where(n => n.RequestId == request.Id).Select(n => n.VolunteerId).ToListAsync(ct);
        var now = Clock.UtcNow(time);
        foreach (var volunteer in volunteers.Where(v => !told.Contains(v.Id) && VolunteerFit.Fits(request, v, within, today)))
        {
            var atOnce = volunteer.Notifications == NotificationPreference.Immediately;
            db.Add(new RequestNotice { Id = Guid.CreateVersion7(), RequestId = request.Id, VolunteerId = volunteer.Id, CreatedAt = now, SentAt = atOnce ? now : null });
            if (atOnce)
            {
                await mails.ToVolunteerAsync(volunteer, "request-published", request, ct);
            }
        }
    }

    private async Task<RequestInCase?> FindTrackedAsync(CaseViewer viewer, Guid id, CancellationToken ct)
    {
        var request = await db.Set<VolunteerRequest>().Include(r => r.Signups).FirstOrDefaultAsync(r => r.Id == id, ct);
        var c = request is null ? null : await access.Visible(viewer).AsNoTracking().Include(x => x.Consents).FirstOrDefaultAsync(x => x.Id == request.CaseId, ct);
        return request is null || c is null ? null : new RequestInCase(request, c);
    }

    /// <summary>A case that may still be worked on, with the consent to share anonymised needs with volunteers.</summary>
    private OperationResult Allowed(Case c)
    {
        var guard = CaseGuard.CanEdit(c, CaseDay.Today(time));
        return guard.Succeeded ? CaseGuard.Requires(c, ConsentPurpose.VolunteerSharing) : guard;
    }

    /// <summary>
    /// Validates everything first, then copies the input: null when it was taken, the refusal otherwise. Nothing is
    /// changed on a refusal, so a later save in the same unit of work (the page's logged read) cannot store half of it.
    /// </summary>
    private OperationResult? Apply(VolunteerRequest request, RequestInput input, bool checkTexts)
    {
        var today = CaseDay.Today(time);
        var title = input.Title?.Trim();
        var description = input.Description?.Trim() ?? string.Empty;
        var v = new Validator()
            .Required("Title", title, Texts.Get("Field_RequestTitle"))
            .Text("Title", title, VolunteerRequest.TitleMaxLength, Texts.Get("Field_RequestTitle"))
            .Text("Description", description, VolunteerRequest.DescriptionMaxLength, Texts.Get("Field_RequestDescription"), multiline: true)
            .Date("On", input.On, Texts.Get("Field_Date"))
            .Date("ExpiresOn", input.ExpiresOn, Texts.Get("Field_ExpiresOn"));
        var skills = Clean(input.Skills);
        foreach (var unknown in skills.Where(s => !VolunteerCatalog.Skills.Contains(s)))
        {
            v.Add("Skills", Texts.Format("SkillUnknown", unknown));
        }

        var languages = Clean(input.Languages).Select(l => l.ToLowerInvariant()).Distinct().ToList();
        foreach (var unknown in languages.Where(l => !VolunteerCatalog.LanguageCodes.Contains(l)))
        {
            v.Add("Languages", Texts.Format("LanguageUnknown", unknown));
        }

        var windows = Clean(input.TimeWindows);
        foreach (var unknown in windows.Where(w => !VolunteerCatalog.Slots.Contains(w)))
        {
            v.Add("TimeWindows", Texts.Format("TimeWindowUnknown", unknown));
        }

        if (input.On is not null && windows.Count > 0)
        {
            v.Add("TimeWindows", Texts.Get("Request_DateOrWindows"));
        }

        if (input.On is null && (input.From is not null || input.Until is not null))
        {
            v.Add("On", Texts.Get("Request_TimeWithoutDate"));
        }

        if (input.From is { } from && input.Until is { } until && until <= from)
        {
            v.Add("Until", Texts.Get("Request_UntilBeforeFrom"));
        }

        var places = input.Places ?? 1;
        if (places is < 1 or > VolunteerRequest.MaxPlaces)
        {
            v.Add("Places", Texts.Format("Request_PlacesRange", VolunteerRequest.MaxPlaces));
        }
        else if (places < request.Confirmed)
        {
            v.Add("Places", Texts.Format("Request_PlacesBelowConfirmed", request.Confirmed));
        }

        var expires = input.ExpiresOn ?? input.On ?? today.AddDays(30);
        if (input.On is { } on && expires > on)
        {
            // A dated request cannot be taken after its day.
            expires = on;
        }

        if (request.Status == RequestStatus.Draft && input.On is { } day && day < today)
        {
            v.Add("On", Texts.Get("Request_InThePast"));
        }

        if (v.IsValid && checkTexts)
        {
            Check(v, "Title", title);
            Check(v, "Description", description);
        }

        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        request.Title = title!;
        request.Description = description;
        request.Skills = skills;
        request.Languages = languages;
        request.On = input.On;
        request.From = input.On is null ? null : input.From;
        request.Until = input.On is null ? null : input.Until;
        request.TimeWindows = windows;
        request.Places = places;
        request.InvolvesChildren = input.InvolvesChildren;
        request.ExpiresOn = expires;
        return null;
    }

    private void CheckTexts(Validator v, VolunteerRequest request)
    {
        Check(v, "Title", request.Title);
        Check(v, "Description", request.Description);
        Check(v, "MeetingDetails", request.MeetingDetails);
    }

    /// <summary>Each finding becomes a message naming the words, so the manager can rewrite exactly those.</summary>
    private void Check(Validator v, string field, string? text)
    {
        foreach (var finding in check.Find(text))
        {
            v.Add(field, Texts.Format("PersonalDataFound", finding.Text, finding.Explanation));
        }
    }

    private static List<string> Clean(IReadOnlyList<string?>? values) =>
        (values ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct().ToList();
}
