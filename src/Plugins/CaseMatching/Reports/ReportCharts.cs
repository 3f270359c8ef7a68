using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Web.Common.Charts;
using Microsoft.AspNetCore.Html;

namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>
/// The charts of a published report table. A suppressed count is never drawn (its bar is left out; the table beside
/// the chart says "&lt; 5"), so a chart tells no more than its table.
/// </summary>
public static class ReportCharts
{
    /// <summary>Vertical bars per row (a month), one per column (opened, closed).</summary>
    public static IHtmlContent Columns(FigureTable table, string id) => BarChart.Columns(Chart(table, id));

    /// <summary>One horizontal bar per row (an area), stacked from its columns (the statuses).</summary>
    public static IHtmlContent Stacked(FigureTable table, string id) => BarChart.Stacked(Chart(table, id));

    private static ChartData Chart(FigureTable table, string id) => new(
        id,
        table.Title,
        Texts.Format("Report_ChartDescription", SmallNumbers.Threshold),
        table.Columns,
        table.Rows.Select(r => new ChartRow(r.Label, r.Cells.Select(c => c.Value).ToList())).ToList());
}
