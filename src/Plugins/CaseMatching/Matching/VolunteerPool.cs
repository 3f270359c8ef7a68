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
    private IReadOnlyList<VolunteerCandidate> _volunteers = [];

    public async Task<IReadOnlyList<VolunteerCandidate>> CurrentAsync(PortalDbContext db, CancellationToken ct = default)
    {
        await _lock.WaitAsync(ct);
        try
        {
            var approved = db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Approved);
            var stamp = (await approved.CountAsync(ct), await approved.MaxAsync(v => (DateTime?)v.UpdatedAt, ct) ?? DateTime.MinValue);
            if (stamp != _stamp)
            {
                _volunteers = await approved
                    .Select(v => new VolunteerCandidate(
                        v.Id, v.Municipalities.Select(m => m.Id).ToArray(), v.Languages.ToArray(), v.Skills.ToArray(), v.Availability.ToArray(),
                        v.ConductCertificateRecheckOn))
                    .ToListAsync(ct);
                _stamp = stamp;
            }

            return _volunteers;
        }
        finally
        {
            _lock.Release();
        }
    }
}
