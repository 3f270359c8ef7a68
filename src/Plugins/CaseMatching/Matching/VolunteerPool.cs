using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>
/// Approved volunteers in memory, without names or contacts. Each call compares the number of approved volunteers and
/// their newest change stamp with the copy's; any approval, edit or deletion on any node changes one of them.
/// </summary>
public sealed class VolunteerPool
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (int Count, DateTime Newest) _stamp = (-1, DateTime.MinValue);
    private ILookup<Guid, VolunteerCandidate> _byMunicipality = Array.Empty<VolunteerCandidate>().ToLookup(v => v.Id);

    /// <summary>Approved volunteers by the municipalities they are active in.</summary>
    public async Task<ILookup<Guid, VolunteerCandidate>> CurrentAsync(PortalDbContext db, CancellationToken ct = default)
    {
        await _lock.WaitAsync(ct);
        try
        {
            var approved = db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Approved);
            var current = await approved.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Newest = g.Max(v => v.UpdatedAt) }).SingleOrDefaultAsync(ct);
            var stamp = (current?.Count ?? 0, current?.Newest ?? DateTime.MinValue);
            if (stamp != _stamp)
            {
                var rows = await approved
                    .Select(v => new { v.Id, Municipalities = v.Municipalities.Select(m => m.Id).ToArray(), v.Languages, v.Skills, v.Availability, v.ConductCertificateRecheckOn })
                    .ToListAsync(ct);
                _byMunicipality = rows
                    .Select(v => new VolunteerCandidate(
                        v.Id, v.Municipalities, v.Languages.Select(l => l.Split(':')[0]).Distinct().ToArray(), v.Skills.ToArray(), v.Availability.ToArray(),
                        v.ConductCertificateRecheckOn))
                    .SelectMany(v => v.Municipalities.Select(m => (Municipality: m, Volunteer: v)))
                    .ToLookup(x => x.Municipality, x => x.Volunteer);
                _stamp = stamp;
            }

            return _byMunicipality;
        }
        finally
        {
            _lock.Release();
        }
    }
}
