using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Html;

namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>
/// Small SVG charts drawn on the server from a published table, so they need no JavaScript and never show a
/// suppressed count (those bars are left out; the table beside the chart says "&lt; 5"). Each chart is an image
/// with a title and a description that points to the table.
/// </summary>
public static class ReportCharts
{
    // Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by the legend as well.
    private static readonly string[] Colours = ["#1f5f99", "#b35900", "#2e7d32", "#6a3d9a", "#a8323e"];

    private const int Width = 640;

    /// <summary>Vertical bars per row (a month), one per column (opened, closed).</summary>
    public static IHtmlContent Columns(FigureTable table, string id)
    {
        const int height = 220, top = 30, bottom = 40, left = 36;
        var max = Math.Max(1, table.Rows.SelectMany(r => r.Cells).Max(c => c.Value ?? 0));
        var slot = (double)(Width - left - 10) / Math.Max(1, table.Rows.Count);
        var bar = Math.Max(2, (slot - 4) / table.Columns.Count);
        var svg = Start(table, id, height);
        Legend(svg, table.Columns);
        Axis(svg, left, top, height - bottom, max);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var x0 = left + (r * slot) + 2;
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Rows[r].Cells[c].Value is { } value && value > 0)
                {
                    var h = (height - top - bottom) * value / (double)max;
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x0 + (c * bar):F1}\" y=\"{height - bottom - h:F1}\" width=\"{bar:F1}\" height=\"{h:F1}\" fill=\"{Colours[c % Colours.Length]}\"/>");
                }
            }

            // Every month labelled on a yearly chart, every third on two years.
            if (table.Rows.Count <= 12 || r % 3 == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + (slot / 2):F1}\" y=\"{height - bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">{Encode(table.Rows[r].Label.Split(' ')[0])}</text>");
            }
        }

        return End(svg);
    }

    /// <summary>One horizontal bar per row (an area), stacked from its columns (the statuses).</summary>
    public static IHtmlContent Stacked(FigureTable table, string id)
    {
        const int rowHeight = 22, top = 34, left = 150;
        var height = top + (table.Rows.Count * rowHeight) + 10;
        var max = Math.Max(1, table.Rows.Max(r => r.Cells.Sum(c => c.Value ?? 0)));
        var svg = Start(table, id, height);
        Legend(svg, table.Columns);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var y = top + (r * rowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 14}\" font-size=\"12\" text-anchor=\"end\">{Encode(table.Rows[r].Label)}</text>");
            var x = (double)left;
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Rows[r].Cells[c].Value is { } value && value > 0)
                {
                    var w = (Width - left - 20) * value / (double)max;
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:F1}\" y=\"{y + 3}\" width=\"{w:F1}\" height=\"{rowHeight - 6}\" fill=\"{Colours[c % Colours.Length]}\"/>");
                    x += w;
                }
            }
        }

        return End(svg);
    }

    private static StringBuilder Start(FigureTable table, string id, int height)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(table.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(Texts.Format("Report_ChartDescription", SmallNumbers.Threshold))}</desc>");
        return svg;
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> columns)
    {
        var x = 0;
        for (var c = 0; c < columns.Count; c++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{Colours[c % Colours.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"14\" font-size=\"12\">{Encode(columns[c])}</text>");
            x += 24 + (columns[c].Length * 7);
        }
    }

    private static void Axis(StringBuilder svg, int left, int top, int baseline, int max)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{baseline}\" x2=\"{Width - 10}\" y2=\"{baseline}\" stroke=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{top + 4}\" font-size=\"10\" text-anchor=\"end\">{max}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{baseline}\" font-size=\"10\" text-anchor=\"end\">0</text>");
    }

    private static HtmlString End(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
