namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>
/// One view or export of key figures, kept like a case read: who took which unit's figures for which period, and
/// in which form (page, API, CSV, XLSX).
/// </summary>
public sealed class ReportExportEntry
{
    public long Id { get; set; }

    public Guid UserId { get; set; }

    public string UserEmail { get; set; } = string.Empty;

    public DateTime At { get; set; }

    /// <summary>The unit's key, e.g. "cooperation:hardt".</summary>
    public string Unit { get; set; } = string.Empty;

    public string Period { get; set; } = string.Empty;

    public string Format { get; set; } = string.Empty;
}
