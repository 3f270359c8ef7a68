using Microsoft.Data.Sqlite;

namespace IntegrationsNetz.Core.Data;

/// <summary>
/// Backup and restore of the SQLite database with SQLite's own backup API: it copies one consistent state of the
/// database page by page, through SQLite, so a backup may run while the portal writes (in WAL mode readers do not
/// block the writer) and a restore replaces the database without leaving a stale write-ahead log beside it.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Writes a copy of the database to <paramref name="file"/> (a single file, no WAL); returns its size.</summary>
    public static async Task<long> BackupAsync(string connectionString, string file, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside the target and moved at the end, so an interrupted backup never leaves half a file by that name.
        var temporary = target + ".partial";
        File.Delete(temporary);
        await using (var source = new SqliteConnection(connectionString))
        await using (var destination = new SqliteConnection(FileConnection(temporary, SqliteOpenMode.ReadWriteCreate)))
        {
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
            await using var single = destination.CreateCommand();
            single.CommandText = "PRAGMA journal_mode=DELETE;";
            await single.ExecuteNonQueryAsync(ct);
        }

        File.Move(temporary, target, overwrite: true);
        return new FileInfo(target).Length;
    }

    /// <summary>Why <paramref name="file"/> cannot be restored (missing, not SQLite, damaged, not the portal's); null when it can.</summary>
    public static string? Problem(string file)
    {
        if (!File.Exists(file))
        {
            return $"{file} does not exist.";
        }

        try
        {
            using var connection = new SqliteConnection(FileConnection(file, SqliteOpenMode.ReadOnly));
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            if (check.ExecuteScalar() as string != "ok")
            {
                return $"{file} is damaged (SQLite integrity check failed).";
            }

            check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
            return Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1
                ? null
                : $"{file} is an SQLite database, but not one of IntegrationsNetz.";
        }
        catch (SqliteException e)
        {
            return $"{file} is not an SQLite database backup: {e.Message}";
        }
    }

    /// <summary>Replaces the database behind <paramref name="connectionString"/> with the content of <paramref name="file"/>.</summary>
    public static async Task RestoreAsync(string file, string connectionString, CancellationToken ct = default)
    {
        await using (var source = new SqliteConnection(FileConnection(file, SqliteOpenMode.ReadOnly)))
        await using (var destination = new SqliteConnection(connectionString))
        {
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
        }

        // Pooled connections of this process still know the old file's state.
        SqliteConnection.ClearAllPools();
    }

    private static string FileConnection(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString();
}
