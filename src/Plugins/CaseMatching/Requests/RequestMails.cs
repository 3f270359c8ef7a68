using System.Globalization;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>
/// The mails around requests, all through the outbox of the caller's unit of work: volunteers in their registration
/// language (German where the portal has no template), managers in German. A mail holds what the request says and
/// never anything of the case; meeting details only go to confirmed volunteers.
/// </summary>
public sealed class RequestMails(PortalDbContext db, MailOutbox outbox, RequestLinks links, TimeProvider time)
{
    public async Task ToVolunteerAsync(Volunteer volunteer, string template, VolunteerRequest request, CancellationToken ct, bool withCalendar = false, bool cancelled = false)
    {
        if (await EmailOfAsync(volunteer.UserId, ct) is not { } email)
        {
            return;
        }

        var culture = CultureInfo.GetCultureInfo(volunteer.PreferredCulture);
        var url = links.ForVolunteer(request.Id);
        (string, byte[])? calendar = withCalendar && RequestCalendar.HasDate(request)
            ? (RequestCalendar.FileName, RequestCalendar.Write(request, url, Clock.UtcNow(time), cancelled))
            : null;
        var unsubscribe = links.Unsubscribe(volunteer.UnsubscribeToken);
        outbox.Enqueue(email, template, volunteer.PreferredCulture, new Dictionary<string, string>
        {
            ["Name"] = volunteer.DisplayName,
            ["Title"] = request.Title,
            ["Description"] = request.Description,
            ["When"] = RequestWhen.Describe(request, culture),
            ["Meeting"] = request.MeetingDetails ?? VolunteerTexts.Get("Meeting_None", culture),
            ["LinkUrl"] = url,
            ["UnsubscribeUrl"] = unsubscribe,
        }, unsubscribe, calendar);
    }

    /// <summary>One mail with every request that waited for the volunteer's daily digest.</summary>
    public async Task DigestAsync(Volunteer volunteer, IReadOnlyList<VolunteerRequest> requests, CancellationToken ct)
    {
        if (await EmailOfAsync(volunteer.UserId, ct) is not { } email)
        {
            return;
        }

        var culture = CultureInfo.GetCultureInfo(volunteer.PreferredCulture);
        var unsubscribe = links.Unsubscribe(volunteer.UnsubscribeToken);
        outbox.Enqueue(email, "request-digest", volunteer.PreferredCulture, new Dictionary<string, string>
        {
            ["Name"] = volunteer.DisplayName,
            ["Count"] = requests.Count.ToString(culture),
            ["Titles"] = string.Join(" · ", requests.Select(r => $"{r.Title} ({RequestWhen.Describe(r, culture)})")),
            ["LinkUrl"] = links.Board,
            ["UnsubscribeUrl"] = unsubscribe,
        }, unsubscribe);
    }

    /// <summary>The case's responsible manager, in German, about a sign-up or withdrawal.</summary>
    public async Task ToManagerAsync(Guid caseId, string template, VolunteerRequest request, string volunteerName, CancellationToken ct)
    {
        var ownerId = await db.Set<Case>().Where(c => c.Id == caseId).Select(c => (Guid?)c.OwnerId).FirstOrDefaultAsync(ct);
        if (ownerId is null || await EmailOfAsync(ownerId.Value, ct) is not { } email)
        {
            return;
        }

        outbox.Enqueue(email, template, "de", new Dictionary<string, string>
        {
            ["Title"] = request.Title,
            ["When"] = RequestWhen.Describe(request, CultureInfo.GetCultureInfo("de")),
            ["Volunteer"] = volunteerName,
            ["LinkUrl"] = links.ForManager(request.Id),
        });
    }

    private async Task<string?> EmailOfAsync(Guid userId, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct);
}
