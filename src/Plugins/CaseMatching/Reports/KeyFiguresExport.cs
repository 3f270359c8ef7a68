using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>
/// The key figures as the files funders and coordinators work with: CSV (semicolons and UTF-8 with BOM, as German
/// Excel opens it) and XLSX (one sheet per table). Both hold only the published cells: suppressed ones read "&lt; 5".
/// </summary>
public static class KeyFiguresExport
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(KeyFigures figures, string extension) =>
        $"kennzahlen-{figures.Unit.Key.Replace(':', '-')}-{figures.Period.Label.Replace('–', '-')}.{extension}";

    public static byte[] Csv(KeyFigures figures)
    {
        using var buffer = new MemoryStream();
        // Records of different lengths on purpose: headings, tables of different widths, notes.
        var options = new CsvWriterOptions
        {
            Separator = ';', Injection = CsvInjection.Escape, WriteByteOrderMark = true, FormatProvider = Texts.German, ValidateFieldCount = false,
        };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            foreach (var line in Lines(figures))
            {
                foreach (var field in line)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Xlsx(KeyFigures figures)
    {
        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add(Texts.Get("Report_SheetSummary"));
        var row = 1;
        foreach (var line in Heading(figures))
        {
            summary.Cell(row, 1).Value = line[0];
            summary.Cell(row, 2).SetValue(line.Length > 1 ? line[1] : string.Empty);
            row++;
        }

        summary.Column(1).Width = 40;
        foreach (var table in figures.Tables)
        {
            // Sheet names: at most 31 characters, unique, none of : \ / ? * [ ].
            var title = string.Concat(table.Title.Select(c => ":\\/?*[]".Contains(c) ? ' ' : c));
            var name = $"{figures.Tables.ToList().IndexOf(table) + 1} {title}";
            var sheet = workbook.Worksheets.Add(name.Length > 31 ? name[..31] : name);
            var r = 1;
            sheet.Cell(r, 1).Value = table.Title;
            sheet.Cell(r, 1).Style.Font.Bold = true;
            r += 2;
            foreach (var line in TableLines(table))
            {
                for (var c = 0; c < line.Count; c++)
                {
                    Write(sheet.Cell(r, c + 1), line[c], c == 0 || r == 3);
                }

                r++;
            }

            if (table.Note is { } note)
            {
                sheet.Cell(r + 1, 1).Value = note;
            }

            sheet.Column(1).Width = 36;
            sheet.SheetView.FreezeRows(3);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A count goes in as a number (so it can be added up), a suppressed cell and a label as text.</summary>
    private static void Write(IXLCell cell, string text, bool label)
    {
        if (!label && int.TryParse(text, NumberStyles.AllowThousands, Texts.German, out var number))
        {
            cell.Value = number;
            return;
        }

        cell.SetValue(text);
        if (label)
        {
            cell.Style.Font.Bold = true;
        }
    }

    private static IEnumerable<string[]> Heading(KeyFigures figures) =>
    [
        [Texts.Get("Report_Title")],
        [Texts.Get("Report_Unit"), figures.Unit.Name],
        [Texts.Get("Report_Period"), figures.Period.Label],
        [Texts.Get("Report_Counted"), figures.Counted.Text],
        [Texts.Get("Report_LeftOut"), figures.LeftOut.Text],
        [Texts.Get("Report_Deleted"), figures.Deleted.Text],
        [Texts.Get("Report_CreatedOn"), Texts.Date(figures.CreatedOn)],
        [Texts.Format("Report_SuppressionNote", SmallNumbers.Threshold)],
    ];

    private static IEnumerable<IReadOnlyList<string>> Lines(KeyFigures figures)
    {
        foreach (var line in Heading(figures))
        {
            yield return line;
        }

        foreach (var table in figures.Tables)
        {
            yield return [string.Empty];
            yield return [table.Title];
            foreach (var line in TableLines(table))
            {
                yield return line;
            }

            if (table.Note is { } note)
            {
                yield return [note];
            }
        }
    }

    /// <summary>Header, rows and the totals row of a table, as text cells.</summary>
    public static IEnumerable<IReadOnlyList<string>> TableLines(FigureTable table)
    {
        var total = Texts.Get("Report_Total");
        yield return [table.RowHeader, .. table.Columns, .. table.HasRowTotals ? [total] : Array.Empty<string>()];
        foreach (var row in table.Rows)
        {
            yield return [row.Label, .. row.Cells.Select(c => c.Text), .. row.Total is { } t ? [t.Text] : Array.Empty<string>()];
        }

        if (table.ColumnTotals is { } totals)
        {
            yield return [total, .. totals.Select(c => c.Text), .. table.Corner is { } corner ? [corner.Text] : Array.Empty<string>()];
        }
    }
}
