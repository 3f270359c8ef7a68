namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>
/// The published key figures of a unit for a period: only suppressed counts, no case code, no free text. Counted are
/// the cases whose statistics consent is given; <see cref="LeftOut"/> says how many active cases were not, and
/// <see cref="Deleted"/> how many cases closed in the period retention has deleted since (they are in no table).
/// </summary>
public sealed record KeyFigures(
    ReportUnit Unit,
    ReportPeriod Period,
    FigureCell Counted,
    FigureCell LeftOut,
    FigureCell Deleted,
    IReadOnlyList<FigureTable> Tables,
    DateOnly CreatedOn)
{
    /// <summary>No case of the unit was active in the period: nothing to report or export.</summary>
    public bool IsEmpty { get; init; }

    public FigureTable Table(string key) => Tables.First(t => t.Key == key);
}

/// <summary>The keys of the tables, used by the page, the charts, the exports and the tests.</summary>
public static class KeyFigureTables
{
    public const string Cases = "cases";
    public const string Months = "months";
    public const string Activity = "activity";
    public const string Goals = "goals";
    public const string Movement = "movement";
    public const string Outcomes = "outcomes";
    public const string GermanLevels = "german-levels";
    public const string Referrals = "referrals";
    public const string Durations = "durations";
}
