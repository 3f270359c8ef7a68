namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>A table of a report as built: its counts, and which of them add up (rows, columns, totals).</summary>
public sealed class FigureTableBuilder(SmallNumbers numbers, string key, string title, string rowHeader, IReadOnlyList<string> columns)
{
    private readonly List<(string Label, Figure[] Cells)> _rows = [];

    public string Key => key;

    public FigureTableBuilder Row(string label, params int[] cells) => Row(label, cells.Select(numbers.New).ToArray());

    /// <summary>A row of figures that may be shared with another table (the same object, suppressed alike).</summary>
    public FigureTableBuilder Row(string label, params Figure[] cells)
    {
        if (cells.Length != columns.Count)
        {
            throw new ArgumentException($"{key}: {cells.Length} cells for {columns.Count} columns", nameof(cells));
        }

        _rows.Add((label, cells));
        return this;
    }

    public Figure Cell(int row, int column) => _rows[row].Cells[column];

    /// <summary>
    /// The finished table. With row totals each row adds up; with column totals each column adds up to the figure
    /// given for it (shared with another table) or a new one.
    /// </summary>
    public FigureTableDraft Build(bool rowTotals = false, bool columnTotals = false, IReadOnlyList<Figure?>? givenColumnTotals = null, string? note = null)
    {
        Figure[]? byRow = null;
        if (rowTotals)
        {
            byRow = _rows.Select(r => numbers.New(r.Cells.Sum(c => c.Value))).ToArray();
            for (var r = 0; r < _rows.Count; r++)
            {
                numbers.Sum(_rows[r].Cells, byRow[r]);
            }
        }

        Figure[]? byColumn = null;
        Figure? corner = null;
        if (columnTotals)
        {
            byColumn = columns.Select((_, c) => givenColumnTotals?.ElementAtOrDefault(c) ?? numbers.New(_rows.Sum(r => r.Cells[c].Value))).ToArray();
            for (var c = 0; c < columns.Count; c++)
            {
                numbers.Sum(_rows.Select(r => r.Cells[c]).ToList(), byColumn[c]);
            }

            if (byRow is not null)
            {
                corner = numbers.New(byRow.Sum(f => f.Value));
                numbers.Sum(byRow, corner);
                numbers.Sum(byColumn, corner);
            }
        }

        return new FigureTableDraft(key, title, rowHeader, columns, _rows.Select((r, i) => (r.Label, r.Cells, byRow?[i])).ToList(), byColumn, corner, note);
    }
}

/// <summary>A table whose figures are not yet suppressed; <see cref="Publish"/> once <see cref="SmallNumbers.Suppress"/> ran.</summary>
public sealed record FigureTableDraft(
    string Key, string Title, string RowHeader, IReadOnlyList<string> Columns,
    IReadOnlyList<(string Label, Figure[] Cells, Figure? Total)> Rows, Figure[]? ColumnTotals, Figure? Corner, string? Note)
{
    public FigureTable Publish() => new(
        Key, Title, RowHeader, Columns,
        Rows.Select(r => new FigureRow(r.Label, r.Cells.Select(c => c.Published).ToList(), r.Total?.Published)).ToList(),
        ColumnTotals?.Select(c => c.Published).ToList(),
        Corner?.Published,
        Note);
}

public sealed record FigureRow(string Label, IReadOnlyList<FigureCell> Cells, FigureCell? Total);

/// <summary>A published table: only counts of 5 and more, and no sum that gives away a suppressed one.</summary>
public sealed record FigureTable(
    string Key, string Title, string RowHeader, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows,
    IReadOnlyList<FigureCell>? ColumnTotals, FigureCell? Corner, string? Note)
{
    public bool HasRowTotals => Rows.Any(r => r.Total is not null);
}
