using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.ContentFiles;

/// <summary>
/// Imports the uSync folder in one transaction: every file is read and checked before anything changes,
/// so a malformed file stops the import with its name and line and leaves the database as it was.
/// Importing the same files twice changes nothing the second time.
/// </summary>
public sealed class ContentImporter(PortalDbContext db, TimeProvider time)
{
    public async Task<SyncReport> ImportAsync(string directory, bool dryRun = false, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var items = ReadAll(directory, progress);
        var report = new SyncReport { DryRun = dryRun };
        var apply = new ImportRun(db, Clock.UtcNow(time), report);
        await apply.LoadAsync(ct);
        foreach (var type in SyncItemTypes.InImportOrder)
        {
            var ofType = items.Where(i => i.Type == type).ToList();
            progress?.Report($"{SyncItemTypes.Folder(type)}: {ofType.Count}");
            foreach (var item in type == SyncItemTypes.Page ? ParentsFirst(ofType.Cast<PageItem>()) : ofType.AsEnumerable())
            {
                apply.Apply(item);
            }
        }

        foreach (var tombstone in items.OfType<TombstoneItem>())
        {
            apply.Delete(tombstone);
        }

        apply.CheckUniqueSlugs();
        if (dryRun)
        {
            db.ChangeTracker.Clear();
            return report;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            throw new SyncFileException(directory, 0, "the database refused the change: " + (e.InnerException?.Message ?? e.Message));
        }

        await transaction.CommitAsync(ct);
        return report;
    }

    /// <summary>Parses every file first; nothing is applied if one of them is broken.</summary>
    public static List<SyncItem> ReadAll(string directory, IProgress<string>? progress = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new SyncFileException(directory, 0, "the content folder does not exist");
        }

        var items = new List<SyncItem>();
        var files = ContentExporter.ExistingFiles(directory).Order(StringComparer.Ordinal).ToList();
        progress?.Report($"Reading {files.Count} files from {directory}");
        foreach (var relative in files)
        {
            var root = SyncXml.Load(Path.Combine(directory, relative), relative);
            items.Add(SyncSerializer.Read(root, relative));
        }

        var duplicate = items.GroupBy(i => i.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = duplicate.Skip(1).First();
            throw new SyncFileException(second.Source.File, second.Source.Line, $"key {duplicate.Key} is also used by {duplicate.First().Source.File}");
        }

        return items;
    }

    private static IEnumerable<PageItem> ParentsFirst(IEnumerable<PageItem> pages)
    {
        var byKey = pages.ToDictionary(p => p.Key);
        int Depth(PageItem p)
        {
            var depth = 0;
            for (var parent = p.Parent; parent is { } key && byKey.TryGetValue(key, out var next); parent = next.Parent)
            {
                if (++depth > byKey.Count)
                {
                    throw new SyncFileException(p.Source.File, p.Source.Line, "the page is its own ancestor");
                }
            }

            return depth;
        }

        return byKey.Values.OrderBy(Depth).ThenBy(p => p.Source.File, StringComparer.Ordinal);
    }
}
