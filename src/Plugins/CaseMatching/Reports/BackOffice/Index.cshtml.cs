using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Plugins.CaseMatching.Reports.BackOffice;

/// <summary>
/// The report page: choose a unit and a year (or a two-year funding period), see the key figures with charts, print
/// it, or take it as CSV or XLSX. A plain GET form, so it works without JavaScript and every report has its link.
/// </summary>
[Authorize(Policy = CaseMatchingPlugin.StatisticsPolicy)]
public sealed class IndexModel(CaseAccess access, ReportUnits units, KeyFiguresReports reports, TimeProvider time) : CasePageModel(access)
{
    public const string FormKey = "report";

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Years { get; set; }

    public IReadOnlyList<ReportUnit> Units { get; private set; } = [];

    public IReadOnlyList<int> YearChoices { get; private set; } = [];

    public KeyFigures? Figures { get; private set; }

    public string? Refusal { get; private set; }

    public string? RefusedField { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (figures, refusal) = await LoadAsync(KeyFiguresReports.PageFormat, ct);
        Figures = figures;
        return figures is null ? Refused(refusal) : Page();
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => FileAsync(KeyFiguresReports.CsvFormat, ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) => FileAsync(KeyFiguresReports.XlsxFormat, ct);

    public string ExportLink(string handler) =>
        Url.Page("/Reports/BackOffice/Index", handler, new { Unit = Figures?.Unit.Key, Year = Figures?.Period.FirstYear, Years = Figures?.Period.Years }) ?? string.Empty;

    private async Task<IActionResult> FileAsync(string format, CancellationToken ct)
    {
        var (figures, refusal) = await LoadAsync(format, ct);
        if (figures is null)
        {
            // The page says why; nothing is exported.
            return Refused(refusal);
        }

        return format == KeyFiguresReports.CsvFormat
            ? File(KeyFiguresExport.Csv(figures), KeyFiguresExport.CsvType, KeyFiguresExport.FileName(figures, "csv"))
            : File(KeyFiguresExport.Xlsx(figures), KeyFiguresExport.XlsxType, KeyFiguresExport.FileName(figures, "xlsx"));
    }

    private IActionResult Refused(ReportRefusal? refusal)
    {
        if (refusal is not null)
        {
            (Refusal, RefusedField) = (refusal.Message, refusal.Field);
            ModelState.AddModelError($"{FormKey}.{refusal.Field}", refusal.Message);
            Response.StatusCode = refusal.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    private async Task<(KeyFigures?, ReportRefusal?)> LoadAsync(string format, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        Units = await units.AvailableAsync(viewer, ct);
        var today = Clock.TodayInGermany(time);
        YearChoices = Enumerable.Range(ReportPeriod.EarliestYear, today.Year - ReportPeriod.EarliestYear + 1).Reverse().ToList();
        Year ??= today.Year - 1;
        Years ??= 1;
        return Unit is null ? (null, null) : await reports.GetAsync(viewer, Unit, Year, Years, format, ct);
    }
}
