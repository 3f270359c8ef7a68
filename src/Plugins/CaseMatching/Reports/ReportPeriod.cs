namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>
/// The calendar years a report covers: one year (the key figures due by 31 January for the year before) or a funding
/// period of two years.
/// </summary>
public sealed record ReportPeriod(int FirstYear, int Years)
{
    /// <summary>The first year of the Pakt für Integration; nothing before it is reported.</summary>
    public const int EarliestYear = 2017;

    public DateOnly From => new(FirstYear, 1, 1);

    public DateOnly To => new(LastYear, 12, 31);

    public int LastYear => FirstYear + Years - 1;

    public string Label => Years == 1 ? FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{FirstYear}–{LastYear}";

    /// <summary>The months of the period, for the chart of cases per month.</summary>
    public IEnumerable<DateOnly> Months() => Enumerable.Range(0, Years * 12).Select(i => From.AddMonths(i));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The period, or the field and the German message why there is none (a year in the future, before the Pakt, a third year).</summary>
    public static (ReportPeriod? Period, string? Field, string? Error) Parse(int? year, int? years, DateOnly today)
    {
        var first = year ?? today.Year - 1;
        var count = years ?? 1;
        if (count is not (1 or 2))
        {
            return (null, "years", Resources.Texts.Get("Report_YearsInvalid"));
        }

        if (first < EarliestYear)
        {
            return (null, "year", Resources.Texts.Format("Report_YearTooEarly", EarliestYear));
        }

        return first + count - 1 > today.Year
            ? (null, "year", Resources.Texts.Format("Report_YearInFuture", first + count - 1))
            : (new ReportPeriod(first, count), null, null);
    }
}
