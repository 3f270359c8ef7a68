using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Common.Charts;
using IntegrationsNetz.Web.Content;
using IntegrationsNetz.Web.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Dashboard;

public sealed class DashboardModel(
    PortalDbContext db, UserManager<PortalUser> users, ContentAccess access, IEnumerable<Core.Plugins.IDashboardTasks> sources,
    IEnumerable<IDashboardCharts> chartSources, NodeStatus status, HealthCheckService health) : BackOfficePageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public bool CanEditContent { get; private set; }

    public int MunicipalityCount { get; private set; }

    public int PageCount { get; private set; }

    public int DraftCount { get; private set; }

    public int OutdatedCount { get; private set; }

    /// <summary>The translations to update or write, each leading to its editor (<see cref="TranslationWork"/>).</summary>
    public IReadOnlyList<TranslationTask> Translations { get; private set; } = [];

    /// <summary>What to do now, from the host and every plugin; the urgent things first.</summary>
    public IReadOnlyList<Core.Plugins.DashboardTask> Tasks { get; private set; } = [];

    /// <summary>Trends of the user's work, from the host and every plugin.</summary>
    public IReadOnlyList<DashboardChart> Charts { get; private set; } = [];

    /// <summary>For administrators: the health checks of /healthz, by name.</summary>
    public IReadOnlyList<(string Name, bool Healthy)> Health { get; private set; } = [];

    /// <summary>For administrators: this node's outbox and index figures (null when the database could not be read).</summary>
    public NodeStatusSnapshot? Node { get; private set; }

    public bool IsAdministrator { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        Roles = user is null ? [] : (await users.GetRolesAsync(user)).ToList();
        CanEditContent = Roles.Any(r => r is Core.Accounts.Roles.Administrator or Core.Accounts.Roles.Coordinator or Core.Accounts.Roles.Editor);
        var tasks = new List<Core.Plugins.DashboardTask>();
        foreach (var source in sources)
        {
            tasks.AddRange(await source.ForAsync(User, ct));
        }

        Tasks = tasks.OrderByDescending(t => t.Urgent).ToList();
        var charts = new List<DashboardChart>();
        foreach (var source in chartSources)
        {
            charts.AddRange(await source.ForAsync(User, ct));
        }

        Charts = charts;
        IsAdministrator = Roles.Contains(Core.Accounts.Roles.Administrator);
        if (IsAdministrator)
        {
            var report = await health.CheckHealthAsync(ct);
            Health = report.Entries.Select(e => (e.Key, e.Value.Status == HealthStatus.Healthy)).ToList();
            Node = report.Status == HealthStatus.Healthy ? await status.ReadAsync(ct) : null;
        }

        if (!CanEditContent)
        {
            return;
        }

        var scope = (await access.MunicipalitiesAsync(User))?.ToList();
        var pages = await db.Pages.AsNoTracking().Include(p => p.Variants).Include(p => p.Municipality)
            .Where(p => p.MunicipalityId != null && (scope == null || scope.Contains(p.MunicipalityId.Value)))
            .ToListAsync(ct);
        MunicipalityCount = scope?.Count ?? await db.Municipalities.CountAsync(ct);
        PageCount = pages.Count;
        DraftCount = pages.SelectMany(p => p.Variants).Count(v => v.State != PageState.Published);
        OutdatedCount = pages.Sum(p => PortalCulture.All.Count(c => PageService.TranslationStatusOf(p, c.Key) == TranslationStatus.Outdated));
        Translations = TranslationWork.Of(pages);
    }
}
