namespace IntegrationsNetz.Core.ContentFiles;

public enum SyncChange
{
    Created,
    Updated,
    Unchanged,
    Deleted,
}

public sealed record SyncReportLine(SyncChange Change, string ItemType, string Alias, string File);

/// <summary>What an import or export did (or, on a dry run, would do).</summary>
public sealed class SyncReport
{
    private readonly List<SyncReportLine> _lines = [];

    public IReadOnlyList<SyncReportLine> Lines => _lines;

    public bool DryRun { get; init; }

    public int Count(SyncChange change) => _lines.Count(l => l.Change == change);

    public void Add(SyncChange change, string itemType, string alias, string file) =>
        _lines.Add(new SyncReportLine(change, itemType, alias, file));

    public string Summary =>
        $"{Count(SyncChange.Created)} created, {Count(SyncChange.Updated)} updated, " +
        $"{Count(SyncChange.Unchanged)} unchanged, {Count(SyncChange.Deleted)} deleted" + (DryRun ? " (dry run, nothing changed)" : string.Empty);
}
