using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>What the daily request jobs did, for the log and the tests.</summary>
public sealed record RequestJobRun(int Expired, int Digests, int Reminders);

/// <summary>
/// The daily work around requests: requests past their expiry end (pending sign-ups with them), the daily digests go
/// to volunteers who chose them, and confirmed volunteers are reminded the day before a dated appointment.
/// </summary>
public sealed class RequestJobs(PortalDbContext db, RequestMails mails, TimeProvider time)
{
    public async Task<RequestJobRun> RunAsync(CancellationToken ct = default)
    {
        var today = CaseDay.Today(time);
        var now = Clock.UtcNow(time);

        var expired = await db.Set<VolunteerRequest>().Include(r => r.Signups)
            .Where(r => (r.Status == RequestStatus.Published || r.Status == RequestStatus.Draft) && r.ExpiresOn < today).ToListAsync(ct);
        foreach (var request in expired)
        {
            request.Status = RequestStatus.Expired;
            request.UpdatedAt = now;
            foreach (var pending in request.Signups.Where(s => s.Status == SignupStatus.Pending))
            {
                pending.Status = SignupStatus.Cancelled;
            }
        }

        var waiting = await db.Set<RequestNotice>().Where(n => n.SentAt == null).ToListAsync(ct);
        var digests = 0;
        foreach (var group in waiting.GroupBy(n => n.VolunteerId))
        {
            var ids = group.Select(n => n.RequestId).ToList();
            var open = (await db.Set<VolunteerRequest>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct)).Where(r => r.IsOpen(today)).ToList();
            var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == group.Key && v.Status == VolunteerStatus.Approved, ct);
            if (open.Count > 0 && volunteer is { Notifications: not NotificationPreference.None })
            {
                await mails.DigestAsync(volunteer, open, ct);
                digests++;
            }

            foreach (var notice in group)
            {
                notice.SentAt = now;
            }
        }

        var tomorrow = today.AddDays(1);
        var due = await db.Set<Signup>().Include(s => s.Request)
            .Where(s => s.Status == SignupStatus.Confirmed && s.RemindedAt == null && s.Request!.On == tomorrow
                && (s.Request.Status == RequestStatus.Published || s.Request.Status == RequestStatus.Filled))
            .ToListAsync(ct);
        foreach (var signup in due)
        {
            var volunteer = await db.Volunteers.AsNoTracking().FirstAsync(v => v.Id == signup.VolunteerId, ct);
            await mails.ToVolunteerAsync(volunteer, "request-reminder", signup.Request!, ct, withCalendar: true);
            signup.RemindedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return new RequestJobRun(expired.Count, digests, due.Count);
    }
}
