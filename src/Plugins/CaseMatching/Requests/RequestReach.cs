using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Matching;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>
/// The municipalities whose volunteers a request reaches: its own, and those within the need's travel distance, as the
/// need's suggestions count them (one rule for suggestions and notifications).
/// </summary>
public sealed class RequestReach(PortalDbContext db, OfferCatalog catalog)
{
    public async Task<IReadOnlySet<Guid>> AroundAsync(Guid? needId, Guid municipalityId, CancellationToken ct = default)
    {
        var travelKm = await db.Set<Need>().Where(n => n.Id == needId).Select(n => (int?)n.MaxTravelKm).FirstOrDefaultAsync(ct) ?? 0;
        return TravelReach.Within(await catalog.CurrentAsync(db, ct), municipalityId, travelKm);
    }
}
