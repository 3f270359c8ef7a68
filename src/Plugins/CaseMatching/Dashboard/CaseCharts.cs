using System.Globalization;
using System.Security.Claims;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Web.Common.Charts;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Dashboard;

/// <summary>
/// A manager's cases opened and closed per month over the last twelve months: whether the caseload grows or shrinks.
/// Counted over the cases the manager may open; counts only, no case detail.
/// </summary>
public sealed class CaseCharts(CaseAccess access, TimeProvider time) : IDashboardCharts
{
    private const int Months = 12;

    public async Task<IReadOnlyList<DashboardChart>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Core.Accounts.Roles.Manager))
        {
            return [];
        }

        var viewer = await access.ViewerAsync(user, ct);
        var today = CaseDay.Today(time);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        var cases = await access.Visible(viewer)
            .Where(c => c.OpenedOn >= first || (c.ClosedOn != null && c.ClosedOn >= first))
            .Select(c => new { c.OpenedOn, c.ClosedOn })
            .ToListAsync(ct);
        if (cases.Count == 0)
        {
            return [];
        }

        var german = CultureInfo.GetCultureInfo("de");
        var rows = Enumerable.Range(0, Months).Select(i => first.AddMonths(i)).Select(month => new ChartRow(
            month.ToString("MMM yyyy", german),
            [
                cases.Count(c => c.OpenedOn.Year == month.Year && c.OpenedOn.Month == month.Month),
                cases.Count(c => c.ClosedOn is { } closed && closed.Year == month.Year && closed.Month == month.Month),
            ])).ToList();
        var chart = new ChartData(
            "chart-cases", Texts.Get("Chart_Cases_Title"), Texts.Get("Chart_Cases_Description"),
            [Texts.Get("Chart_Cases_Opened"), Texts.Get("Chart_Cases_Closed")], rows);
        return [new DashboardChart(chart, ChartShape.Columns, Texts.Get("Chart_Cases_Month"))];
    }
}
