namespace IntegrationsNetz.Core.ContentFiles;

/// <summary>A content file that cannot be imported; names the file and line so the author can fix it.</summary>
public sealed class SyncFileException(string file, int line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
