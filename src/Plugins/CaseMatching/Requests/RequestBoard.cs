using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>What a volunteer may filter the board by; empty values do not filter.</summary>
public sealed record BoardFilter(string? Skill, string? Language, DateOnly? On);

/// <summary>A request as the board shows it to one volunteer: what the request says, and the volunteer's own sign-up.</summary>
public sealed record BoardEntry(VolunteerRequest Request, string Municipality, Signup? Own, bool MeetingVisible);

/// <summary>
/// The request board: open requests in the volunteer's municipalities that they may take (requests involving children
/// only with a current conduct certificate check), and the requests they signed up for. Nothing of the case is read.
/// </summary>
public sealed class RequestBoard(PortalDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<BoardEntry>> OpenAsync(Volunteer volunteer, BoardFilter filter, CancellationToken ct = default)
    {
        var today = CaseDay.Today(time);
        var mine = volunteer.Municipalities.Select(m => m.Id).ToList();
        var query = db.Set<VolunteerRequest>().AsNoTracking()
            .Where(r => r.Status == RequestStatus.Published && r.Confirmed < r.Places && r.ExpiresOn >= today && mine.Contains(r.MunicipalityId));
        if (!VolunteerFit.HasCurrentCheck(volunteer, today))
        {
            query = query.Where(r => !r.InvolvesChildren);
        }

        if (filter.On is { } on)
        {
            query = query.Where(r => r.On == on);
        }

        var requests = await query.OrderBy(r => r.On == null).ThenBy(r => r.On).ThenBy(r => r.PublishedAt).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(filter.Skill))
        {
            requests = requests.Where(r => r.Skills.Contains(filter.Skill)).ToList();
        }

        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            requests = requests.Where(r => r.Languages.Contains(filter.Language)).ToList();
        }

        return await EntriesAsync(volunteer, requests, ct);
    }

    /// <summary>The volunteer's sign-ups with their requests, newest first.</summary>
    public async Task<IReadOnlyList<BoardEntry>> MineAsync(Volunteer volunteer, CancellationToken ct = default)
    {
        var requests = await db.Set<Signup>().AsNoTracking().Where(s => s.VolunteerId == volunteer.Id)
            .OrderByDescending(s => s.CreatedAt).Select(s => s.Request!).ToListAsync(ct);
        return await EntriesAsync(volunteer, requests, ct);
    }

    /// <summary>One request, if it is open to the volunteer or they signed up for it; null otherwise.</summary>
    public async Task<BoardEntry?> FindAsync(Volunteer volunteer, Guid id, CancellationToken ct = default)
    {
        var request = await db.Set<VolunteerRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return null;
        }

        var entry = (await EntriesAsync(volunteer, [request], ct))[0];
        var today = CaseDay.Today(time);
        var visible = entry.Own is not null
            || (request.IsOpen(today) && volunteer.Municipalities.Any(m => m.Id == request.MunicipalityId) && VolunteerFit.MayTake(request, volunteer, today));
        return visible ? entry : null;
    }

    private async Task<IReadOnlyList<BoardEntry>> EntriesAsync(Volunteer volunteer, IReadOnlyList<VolunteerRequest> requests, CancellationToken ct)
    {
        var ids = requests.Select(r => r.Id).ToList();
        var own = await db.Set<Signup>().AsNoTracking().Where(s => s.VolunteerId == volunteer.Id && ids.Contains(s.RequestId)).ToDictionaryAsync(s => s.RequestId, ct);
        var municipalityIds = requests.Select(r => r.MunicipalityId).Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => municipalityIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return requests.Select(r =>
        {
            var signup = own.GetValueOrDefault(r.Id);
            // The meeting details are the step-by-step reveal: confirmed helpers only, and only while the request runs.
            var reveal = signup?.Status is SignupStatus.Confirmed or SignupStatus.Completed && r.IsRunning;
            return new BoardEntry(r, names.GetValueOrDefault(r.MunicipalityId) ?? string.Empty, signup, reveal);
        }).ToList();
    }
}
