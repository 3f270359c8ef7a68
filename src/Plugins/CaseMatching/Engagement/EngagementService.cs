using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Engagement;

/// <summary>
/// A volunteer's Ehrenamtsnachweis from their completed sign-ups: each request's anonymised title, day and hours,
/// grouped by year; the municipalities they helped in and their circle. Nothing is read from the cases.
/// </summary>
public sealed class EngagementService(PortalDbContext db, TimeProvider time)
{
    public async Task<EngagementCertificate> CertificateAsync(Volunteer volunteer, CancellationToken ct = default)
    {
        var done = await db.Set<Signup>().AsNoTracking()
            .Where(s => s.VolunteerId == volunteer.Id && s.Status == SignupStatus.Completed && s.Hours != null)
            .Select(s => new { s.Request!.Title, On = s.CompletedOn ?? DateOnly.MinValue, Hours = s.Hours!.Value, s.Request.MunicipalityId })
            .ToListAsync(ct);
        var helpedIn = done.Select(d => d.MunicipalityId).Distinct().ToList();
        var places = helpedIn.Count > 0 ? helpedIn : volunteer.Municipalities.Select(m => m.Id).ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => places.Contains(m.Id)).OrderBy(m => m.Name).Select(m => m.Name).ToListAsync(ct);
        var circle = volunteer.VolunteerCircleId is { } circleId
            ? await db.Offers.AsNoTracking().Where(o => o.Id == circleId).SelectMany(o => o.Texts.Where(t => t.Culture == "de").Select(t => t.Title)).FirstOrDefaultAsync(ct)
            : null;
        var years = done.GroupBy(d => d.On.Year)
            .Select(g => new EngagementYear(g.Key, g.Sum(d => d.Hours), g.Select(d => new EngagementActivity(d.Title, d.On, d.Hours)).ToList()))
            .ToList();
        return new EngagementCertificate(volunteer.DisplayName, circle, names, CaseDay.Today(time), years);
    }
}
