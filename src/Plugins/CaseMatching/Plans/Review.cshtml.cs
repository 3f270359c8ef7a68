using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Review;
using Microsoft.AspNetCore.Authorization;

namespace IntegrationsNetz.Plugins.CaseMatching.Plans;

/// <summary>Wiedervorlage: goals of the viewer's own and covered cases that are due soon or overdue.</summary>
[Authorize(Policy = CaseMatchingPlugin.CaseWorkPolicy)]
public sealed class ReviewModel(CaseAccess access, ReviewService review) : CasePageModel(access)
{
    public IReadOnlyList<DueGoal> Due { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Due = await review.DueForAsync(await ViewerAsync(ct), ct);
}
