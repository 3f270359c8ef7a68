using System.Security.Claims;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Web.Common.Charts;
using IntegrationsNetz.Web.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Dashboard;

/// <summary>
/// For coordinators and editors: the offers of their municipalities by kind and by when they were last checked, so a
/// directory going stale shows at a glance (the list of offers due for a check is one link away).
/// </summary>
public sealed class OfferCharts(PortalDbContext db, ContentAccess access, IStringLocalizer<SharedResource> text, TimeProvider time) : IDashboardCharts
{
    public async Task<IReadOnlyList<DashboardChart>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Core.Accounts.Roles.Coordinator) && !user.IsInRole(Core.Accounts.Roles.Editor) && !user.IsInRole(Core.Accounts.Roles.Administrator))
        {
            return [];
        }

        var scope = (await access.MunicipalitiesAsync(user))?.ToList();
        var offers = await db.Offers.AsNoTracking()
            .Where(o => scope == null || o.Municipalities.Any(m => scope.Contains(m.Id)))
            .Select(o => new { o.Kind, o.LastCheckedOn })
            .ToListAsync(ct);
        if (offers.Count == 0)
        {
            return [];
        }

        var dueBefore = OfferChecks.DueBefore(Clock.TodayInGermany(time));
        // Every kind gets its row, also one without offers, so the chart always has the same rows.
        var byKind = offers.ToLookup(o => o.Kind);
        var rows = Enum.GetValues<OfferKind>().Select(kind => new ChartRow(
            text["Kind_" + kind],
            [
                byKind[kind].Count(o => o.LastCheckedOn >= dueBefore),
                byKind[kind].Count(o => o.LastCheckedOn < dueBefore),
                byKind[kind].Count(o => o.LastCheckedOn == null),
            ])).ToList();
        var chart = new ChartData(
            "chart-offers", text["Chart_Offers_Title"], text["Chart_Offers_Description"],
            [text["Chart_Offers_Recent"], text["Chart_Offers_Older"], text["Chart_Offers_Never"]], rows);
        return [new DashboardChart(chart, ChartShape.Stacked, text["Chart_Offers_Kind"])];
    }
}
