using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Retention;

/// <summary>
/// Löschfristen: what the next retention run deletes, a run on demand (the scheduler runs it daily anyway), and the
/// anonymous counts that remain.
/// </summary>
[Authorize(Policy = CaseMatchingPlugin.RetentionPolicy)]
public sealed class RetentionModel(CaseAccess access, RetentionService retention, PortalDbContext db) : CasePageModel(access)
{
    public DateOnly Cutoff { get; private set; }

    public IReadOnlyList<RetentionItem> Due { get; private set; } = [];

    public IReadOnlyList<RetainedCount> Counts { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> MunicipalityNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Cutoff = retention.Cutoff;
        Due = await retention.PreviewAsync(ct);
        Counts = await retention.CountsAsync(ct);
        MunicipalityNames = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var deleted = await retention.RunAsync(ct);
        Status(Texts.Format("Retention_Deleted", deleted.Count));
        return RedirectToPage();
    }
}
