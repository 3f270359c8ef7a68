namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>One count of a report before it is published; the same object where two tables show the same number.</summary>
public sealed class Figure(int value)
{
    public int Value { get; } = value;

    public bool Hidden { get; internal set; }

    /// <summary>What may be shown: the count, or nothing when it is suppressed.</summary>
    public FigureCell Published => new(Hidden ? null : Value, Value < SmallNumbers.Threshold);
}

/// <summary>
/// A published cell: a count; "&lt; 5" for a small one; "x" for one hidden only so that a small one cannot be
/// worked out from a total (its true value is 5 or more, so "&lt; 5" would be wrong).
/// </summary>
public readonly record struct FigureCell(int? Value, bool Small)
{
    public bool Suppressed => Value is null;

    public string Text => Value is { } v ? v.ToString("N0", Resources.Texts.German) : Small ? SmallNumbers.Shown : SmallNumbers.Hidden;
}

/// <summary>
/// Small-number suppression for everything a report publishes. Any count under <see cref="Threshold"/> is shown as
/// "&lt; 5". Where counts add up to a total that is shown (a row, a column, the same total in another table), a
/// single suppressed count could be worked out by subtraction, so in every such sum either none or at least two of
/// its members are suppressed: the smallest other count is suppressed as well, or the total where there is none.
/// This runs until no sum has exactly one suppressed member.
/// </summary>
public sealed class SmallNumbers
{
    public const int Threshold = 5;
    public const string Shown = "< 5";
    public const string Hidden = "x";

    private readonly List<Figure> _figures = [];
    private readonly List<(IReadOnlyList<Figure> Parts, Figure Total)> _sums = [];

    public Figure New(int value)
    {
        var figure = new Figure(value);
        _figures.Add(figure);
        return figure;
    }

    /// <summary>Records that the parts add up to the total (both may be shown somewhere).</summary>
    public void Sum(IReadOnlyList<Figure> parts, Figure total)
    {
        if (parts.Count > 0)
        {
            _sums.Add((parts, total));
        }
    }

    public void Suppress()
    {
        foreach (var figure in _figures)
        {
            figure.Hidden = figure.Value < Threshold;
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (parts, total) in _sums)
            {
                var hidden = parts.Count(p => p.Hidden) + (total.Hidden ? 1 : 0);
                if (hidden != 1)
                {
                    continue;
                }

                var next = parts.Where(p => !p.Hidden).OrderBy(p => p.Value).FirstOrDefault() ?? total;
                next.Hidden = true;
                changed = true;
            }
        }
    }
}
