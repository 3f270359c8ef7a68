using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>The field and the German message of a report that cannot be given.</summary>
public sealed record ReportRefusal(string Field, string Message, bool NotFound);

/// <summary>
/// The one way to key figures for the page, the API and the exports: the unit must be within the viewer's scope, the
/// period must have ended or be running, and the unit must have cases in it. Every answer is logged.
/// </summary>
public sealed class KeyFiguresReports(ReportUnits units, KeyFiguresService service, PortalDbContext db, TimeProvider time)
{
    public const string PageFormat = "Seite";
    public const string ApiFormat = "API";
    public const string CsvFormat = "CSV";
    public const string XlsxFormat = "XLSX";

    public async Task<(KeyFigures? Figures, ReportRefusal? Refusal)> GetAsync(
        CaseViewer viewer, string? unitKey, int? year, int? years, string format, CancellationToken ct = default)
    {
        var (period, field, error) = ReportPeriod.Parse(year, years, Clock.TodayInGermany(time));
        if (period is null)
        {
            return (null, new ReportRefusal(field!, error!, NotFound: false));
        }

        if (await units.FindAsync(viewer, unitKey, ct) is not { } unit)
        {
            return (null, new ReportRefusal("unit", Texts.Get("Report_UnitUnknown"), NotFound: true));
        }

        var figures = await service.ComputeAsync(unit, period, ct);
        if (figures.IsEmpty)
        {
            return (null, new ReportRefusal("unit", Texts.Format("Report_NoCases", unit.Name, period.Label), NotFound: true));
        }

        db.Set<ReportExportEntry>().Add(new ReportExportEntry
        {
            UserId = viewer.UserId,
            UserEmail = viewer.Email,
            At = Clock.UtcNow(time),
            Unit = unit.Key,
            Period = period.Label,
            Format = format,
        });
        await db.SaveChangesAsync(ct);
        return (figures, null);
    }
}
