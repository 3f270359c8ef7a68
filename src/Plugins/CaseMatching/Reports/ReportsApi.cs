using System.Security.Claims;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

public sealed record ReportCellDto(int? Value, string Text);

public sealed record ReportRowDto(string Label, IReadOnlyList<ReportCellDto> Cells, ReportCellDto? Total);

public sealed record ReportTableDto(
    string Key, string Title, string RowHeader, IReadOnlyList<string> Columns, IReadOnlyList<ReportRowDto> Rows,
    IReadOnlyList<ReportCellDto>? ColumnTotals, ReportCellDto? Corner, string? Note);

/// <summary>Key figures as JSON; a suppressed cell has no value and the text "&lt; 5".</summary>
public sealed record KeyFiguresDto(
    string Unit, string UnitName, int FirstYear, int LastYear, ReportCellDto Counted, ReportCellDto LeftOut, ReportCellDto Deleted, int SuppressionThreshold,
    IReadOnlyList<ReportTableDto> Tables)
{
    public static KeyFiguresDto From(KeyFigures f) => new(
        f.Unit.Key, f.Unit.Name, f.Period.FirstYear, f.Period.LastYear, Cell(f.Counted), Cell(f.LeftOut), Cell(f.Deleted), SmallNumbers.Threshold,
        f.Tables.Select(t => new ReportTableDto(
            t.Key, t.Title, t.RowHeader, t.Columns,
            t.Rows.Select(r => new ReportRowDto(r.Label, r.Cells.Select(Cell).ToList(), r.Total is { } total ? Cell(total) : null)).ToList(),
            t.ColumnTotals?.Select(Cell).ToList(), t.Corner is { } corner ? Cell(corner) : null, t.Note)).ToList());

    private static ReportCellDto Cell(FigureCell c) => new(c.Value, c.Text);
}

/// <summary>The key figures for the Land: JSON, and the same as a CSV or XLSX file.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/v1/reports").WithTags("Berichte").RequireAuthorization(CaseMatchingPlugin.StatisticsPolicy);
        reports.MapGet("/key-figures", FiguresAsync).WithName("KeyFigures")
            .WithSummary("Kennzahlen eines Jahres (oder zweier Jahre mit years=2) für eine Einheit; Werte unter 5 unterdrückt");
        reports.MapGet("/key-figures/export", ExportAsync).WithName("KeyFiguresExport")
            .WithSummary("Die Kennzahlen als Datei (format=xlsx oder csv); jeder Abruf wird protokolliert");
        return app;
    }

    private static async Task<Results<Ok<KeyFiguresDto>, ValidationProblem, ProblemHttpResult>> FiguresAsync(
        ClaimsPrincipal user, CaseAccess access, KeyFiguresReports reports, string? unit, int? year, int? years, CancellationToken ct)
    {
        var (figures, refusal) = await reports.GetAsync(await access.ViewerAsync(user, ct), unit, year, years, KeyFiguresReports.ApiFormat, ct);
        if (figures is null)
        {
            return refusal!.NotFound ? Problems.NotFound(refusal.Message) : Problems.Validation(refusal.Field, refusal.Message);
        }

        return TypedResults.Ok(KeyFiguresDto.From(figures));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        ClaimsPrincipal user, CaseAccess access, KeyFiguresReports reports, string? unit, int? year, int? years, string? format, CancellationToken ct)
    {
        var kind = format?.Trim().ToLowerInvariant();
        if (kind is not ("csv" or "xlsx"))
        {
            return Problems.Validation("format", Resources.Texts.Get("Report_FormatInvalid"));
        }

        var (figures, refusal) = await reports.GetAsync(await access.ViewerAsync(user, ct), unit, year, years,
            kind == "csv" ? KeyFiguresReports.CsvFormat : KeyFiguresReports.XlsxFormat, ct);
        if (figures is null)
        {
            return refusal!.NotFound ? Problems.NotFound(refusal.Message) : Problems.Validation(refusal.Field, refusal.Message);
        }

        return kind == "csv"
            ? TypedResults.File(KeyFiguresExport.Csv(figures), KeyFiguresExport.CsvType, KeyFiguresExport.FileName(figures, "csv"))
            : TypedResults.File(KeyFiguresExport.Xlsx(figures), KeyFiguresExport.XlsxType, KeyFiguresExport.FileName(figures, "xlsx"));
    }
}
