using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>What a report may cover: one municipality, a cooperation, a provider, a team, or the whole portal.</summary>
public enum ReportUnitKind
{
    Portal,
    Municipality,
    Cooperation,
    Provider,
    Team,
}

/// <summary>A unit with the municipalities whose cases it counts; its key ("cooperation:slug", "portal") names it in links and the API.</summary>
public sealed record ReportUnit(ReportUnitKind Kind, string Slug, string Name, IReadOnlyList<Guid> Municipalities)
{
    public const string PortalKey = "portal";

    public string Key => Kind == ReportUnitKind.Portal ? PortalKey : $"{Kind.ToString().ToLowerInvariant()}:{Slug}";
}

/// <summary>
/// The units a viewer may report on: administrators every unit and the portal; coordinators the units whose
/// municipalities all lie within their own (a cooperation that reaches beyond them is not theirs to report on).
/// </summary>
public sealed class ReportUnits(PortalDbContext db, StaffScope scope)
{
    public async Task<IReadOnlyList<ReportUnit>> AvailableAsync(CaseViewer viewer, CancellationToken ct = default)
    {
        if (!viewer.IsAdministrator && !viewer.IsCoordinator)
        {
            return [];
        }

        var mine = await scope.MunicipalitiesAsync(viewer.UserId, viewer.IsAdministrator, ct);
        var units = new List<ReportUnit>();
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Slug, m.Name }).ToListAsync(ct);
        if (mine is null)
        {
            units.Add(new ReportUnit(ReportUnitKind.Portal, ReportUnit.PortalKey, Resources.Texts.Get("Report_Portal"), municipalities.Select(m => m.Id).ToList()));
        }

        units.AddRange(municipalities.Select(m => new ReportUnit(ReportUnitKind.Municipality, m.Slug, m.Name, [m.Id])));
        var cooperations = await db.Cooperations.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new { c.Slug, c.Name, Ids = c.Municipalities.Select(m => m.Id).ToList(), Providers = c.Providers.Select(p => p.Id).ToList() })
            .ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new { t.Slug, t.Name, t.ProviderId, Ids = t.Municipalities.Select(m => m.Id).ToList() })
            .ToListAsync(ct);
        units.AddRange(cooperations.Select(c => new ReportUnit(ReportUnitKind.Cooperation, c.Slug, c.Name, c.Ids)));
        units.AddRange(teams.Select(t => new ReportUnit(ReportUnitKind.Team, t.Slug, t.Name, t.Ids)));

        // A provider works where its cooperations and its teams work.
        var providers = await db.Providers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(ct);
        units.AddRange(providers.Select(p => new ReportUnit(ReportUnitKind.Provider, p.Slug, p.Name,
            cooperations.Where(c => c.Providers.Contains(p.Id)).SelectMany(c => c.Ids)
                .Concat(teams.Where(t => t.ProviderId == p.Id).SelectMany(t => t.Ids)).Distinct().ToList())));

        return units.Where(u => u.Municipalities.Count > 0 && (mine is null || u.Municipalities.All(mine.Contains))).ToList();
    }

    /// <summary>The unit of that key if the viewer may report on it, else null (unknown and out of scope look the same).</summary>
    public async Task<ReportUnit?> FindAsync(CaseViewer viewer, string? key, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(key)
            ? null
            : (await AvailableAsync(viewer, ct)).FirstOrDefault(u => string.Equals(u.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));
}
