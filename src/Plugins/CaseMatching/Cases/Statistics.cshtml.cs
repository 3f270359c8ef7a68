using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using Microsoft.AspNetCore.Authorization;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>Counts per municipality for coordination and administration; no case is named here.</summary>
[Authorize(Policy = CaseMatchingPlugin.StatisticsPolicy)]
public sealed class StatisticsModel(CaseAccess access, StatisticsService statistics) : CasePageModel(access)
{
    public IReadOnlyList<MunicipalityStatistics> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await statistics.ForAsync(await ViewerAsync(ct), ct);
}
