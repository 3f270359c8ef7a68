using System.Security.Claims;

namespace IntegrationsNetz.Web.Common.Charts;

/// <summary>How a chart on the start page is drawn.</summary>
public enum ChartShape
{
    /// <summary>Bars per month (<see cref="BarChart.Columns"/>).</summary>
    Columns,

    /// <summary>One stacked bar per row (<see cref="BarChart.Stacked"/>).</summary>
    Stacked,
}

/// <summary>A chart on the start page, with the header of its rows for the table that is its text alternative.</summary>
public sealed record DashboardChart(ChartData Data, ChartShape Shape, string RowHeader);

/// <summary>
/// Charts the host or a plugin puts on a signed-in user's start page, where a trend says more than a number (cases
/// opened and closed per month, offers by kind and when they were last checked). Like the to-do list: decided by the
/// user's roles, counted within the user's scope.
/// </summary>
public interface IDashboardCharts
{
    Task<IReadOnlyList<DashboardChart>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default);
}
