using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Access;

/// <summary>Who read a case, when and what: for the case's owner and administrators; anyone else gets "not found".</summary>
[Authorize(Policy = CaseMatchingPlugin.AccessLogPolicy)]
public sealed class AccessLogModel(CaseAccess access, PortalDbContext db) : CasePageModel(access)
{
    public Guid CaseId { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public IReadOnlyList<CaseAccessEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // The service decides who may see the log (and logs this read); the code is looked up only after that.
        var entries = await Access.LogAsync(await ViewerAsync(ct), id, ct);
        if (entries is null)
        {
            return NotFound();
        }

        CaseId = id;
        Entries = entries;
        Code = await db.Set<Case>().Where(c => c.Id == id).Select(c => c.Code).FirstAsync(ct);
        return Page();
    }
}
