using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace IntegrationsNetz.Web.Common.Charts;

/// <summary>One row of a bar chart (a month, an area, a kind of offer) with a value per series; null leaves a bar out.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<int?> Values);

/// <summary>What a bar chart shows: its title, a description for screen readers, the series (legend) and the rows.</summary>
public sealed record ChartData(string Id, string Title, string Description, IReadOnlyList<string> Series, IReadOnlyList<ChartRow> Rows);

/// <summary>
/// Small SVG bar charts drawn on the server, so they need no JavaScript: an image with a title and a description,
/// shown beside a table of the same numbers (the text alternative). Written by hand because the package registry has
/// no server-side chart library for .NET that renders SVG.
/// </summary>
public static class BarChart
{
    // Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by the legend as well.
    private static readonly string[] Colours = ["#1f5f99", "#b35900", "#2e7d32", "#6a3d9a", "#a8323e"];

    private const int Width = 640;

    /// <summary>Vertical bars per row (a month), one per series (opened, closed).</summary>
    public static IHtmlContent Columns(ChartData chart)
    {
        const int height = 220, top = 30, bottom = 40, left = 36;
        var max = Math.Max(1, chart.Rows.SelectMany(r => r.Values).Max(v => v ?? 0));
        var slot = (double)(Width - left - 10) / Math.Max(1, chart.Rows.Count);
        var bar = Math.Max(2, (slot - 4) / Math.Max(1, chart.Series.Count));
        var svg = Start(chart, height);
        Legend(svg, chart.Series);
        Axis(svg, left, top, height - bottom, max);
        for (var r = 0; r < chart.Rows.Count; r++)
        {
            var x0 = left + (r * slot) + 2;
            for (var c = 0; c < chart.Series.Count; c++)
            {
                if (chart.Rows[r].Values[c] is { } value && value > 0)
                {
                    var h = (height - top - bottom) * value / (double)max;
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x0 + (c * bar):F1}\" y=\"{height - bottom - h:F1}\" width=\"{bar:F1}\" height=\"{h:F1}\" fill=\"{Colours[c % Colours.Length]}\"/>");
                }
            }

            // Every row labelled on up to a year of months, every third beyond.
            if (chart.Rows.Count <= 12 || r % 3 == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + (slot / 2):F1}\" y=\"{height - bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">{Encode(chart.Rows[r].Label.Split(' ')[0])}</text>");
            }
        }

        return End(svg);
    }

    /// <summary>One horizontal bar per row (an area), stacked from its series (the statuses).</summary>
    public static IHtmlContent Stacked(ChartData chart)
    {
        const int rowHeight = 22, top = 34;

        // Room for the longest label (font size 12: about 7 units a letter), so "Amt oder Beratungsstelle" is not cut at the left.
        var left = Math.Clamp(12 + (7 * (chart.Rows.Count == 0 ? 0 : chart.Rows.Max(r => r.Label.Length))), 150, 280);
        var height = top + (chart.Rows.Count * rowHeight) + 10;
        var max = Math.Max(1, chart.Rows.Count == 0 ? 0 : chart.Rows.Max(r => r.Values.Sum(v => v ?? 0)));
        var svg = Start(chart, height);
        Legend(svg, chart.Series);
        for (var r = 0; r < chart.Rows.Count; r++)
        {
            var y = top + (r * rowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 14}\" font-size=\"12\" text-anchor=\"end\">{Encode(chart.Rows[r].Label)}</text>");
            var x = (double)left;
            for (var c = 0; c < chart.Series.Count; c++)
            {
                if (chart.Rows[r].Values[c] is { } value && value > 0)
                {
                    var w = (Width - left - 20) * value / (double)max;
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:F1}\" y=\"{y + 3}\" width=\"{w:F1}\" height=\"{rowHeight - 6}\" fill=\"{Colours[c % Colours.Length]}\"/>");
                    x += w;
                }
            }
        }

        return End(svg);
    }

    private static StringBuilder Start(ChartData chart, int height)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{chart.Id}-title {chart.Id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{chart.Id}-title\">{Encode(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{chart.Id}-desc\">{Encode(chart.Description)}</desc>");
        return svg;
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> series)
    {
        var x = 0;
        for (var c = 0; c < series.Count; c++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{Colours[c % Colours.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"14\" font-size=\"12\">{Encode(series[c])}</text>");
            x += 24 + (series[c].Length * 7);
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
