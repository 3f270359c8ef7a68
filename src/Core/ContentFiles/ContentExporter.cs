using System.Xml.Linq;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.ContentFiles;

/// <summary>
/// Writes structure and content to the uSync folder: one file per item, named by alias, keyed by GUID.
/// Only files whose bytes change are written, and files of items that no longer exist are removed.
/// </summary>
public sealed class ContentExporter(PortalDbContext db)
{
    public async Task<SyncReport> ExportAsync(string directory, bool dryRun = false, CancellationToken ct = default)
    {
        var files = await BuildFilesAsync(ct);
        var report = new SyncReport { DryRun = dryRun };
        foreach (var (relative, (type, alias, bytes)) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, relative);
            var change = !File.Exists(path) ? SyncChange.Created
                : (await File.ReadAllBytesAsync(path, ct)).AsSpan().SequenceEqual(bytes) ? SyncChange.Unchanged
                : SyncChange.Updated;
            report.Add(change, type, alias, relative);
            if (!dryRun && change != SyncChange.Unchanged)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, bytes, ct);
            }
        }

        foreach (var stale in ExistingFiles(directory).Where(f => !files.ContainsKey(f)).Order(StringComparer.Ordinal))
        {
            report.Add(SyncChange.Deleted, "File", Path.GetFileNameWithoutExtension(stale), stale);
            if (!dryRun)
            {
                File.Delete(Path.Combine(directory, stale));
            }
        }

        if (!dryRun)
        {
            RemoveEmptyFolders(directory);
        }

        return report;
    }

    private async Task<Dictionary<string, (string Type, string Alias, byte[] Bytes)>> BuildFilesAsync(CancellationToken ct)
    {
        var files = new Dictionary<string, (string, string, byte[])>(StringComparer.Ordinal);
        void Add(string type, string alias, string relative, XElement element) =>
            files[relative.Replace('\\', '/')] = (type, alias, SyncXml.ToBytes(element));
        string PathOf(string type, string alias) => $"{SyncItemTypes.Folder(type)}/{alias}{SyncItemTypes.FileExtension}";

        foreach (var d in await db.Districts.AsNoTracking().ToListAsync(ct))
        {
            Add(SyncItemTypes.District, d.Slug, PathOf(SyncItemTypes.District, d.Slug), SyncSerializer.Write(d));
        }

        foreach (var p in await db.Providers.AsNoTracking().ToListAsync(ct))
        {
            Add(SyncItemTypes.Provider, p.Slug, PathOf(SyncItemTypes.Provider, p.Slug), SyncSerializer.Write(p));
        }

        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        foreach (var m in municipalities)
        {
            Add(SyncItemTypes.Municipality, m.Slug, PathOf(SyncItemTypes.Municipality, m.Slug), SyncSerializer.Write(m));
        }

        foreach (var c in await db.Cooperations.AsNoTracking().Include(c => c.Municipalities).Include(c => c.Providers).ToListAsync(ct))
        {
            Add(SyncItemTypes.Cooperation, c.Slug, PathOf(SyncItemTypes.Cooperation, c.Slug), SyncSerializer.Write(c));
        }

        foreach (var t in await db.Teams.AsNoTracking().Include(t => t.Municipalities).ToListAsync(ct))
        {
            Add(SyncItemTypes.Team, t.Slug, PathOf(SyncItemTypes.Team, t.Slug), SyncSerializer.Write(t));
        }

        var pages = await db.Pages.AsNoTracking().Include(p => p.Variants).ToListAsync(ct);
        var slugs = municipalities.ToDictionary(m => m.Id, m => m.Slug);
        foreach (var p in pages)
        {
            var owner = p.MunicipalityId is { } id ? slugs[id] : "_portal";
            Add(SyncItemTypes.Page, p.Slug, $"{SyncItemTypes.Folder(SyncItemTypes.Page)}/{owner}/{PagePaths.Of(p, pages)}{SyncItemTypes.FileExtension}", SyncSerializer.Write(p));
        }

        foreach (var o in await db.Offers.AsNoTracking().Include(o => o.Texts).Include(o => o.Municipalities).ToListAsync(ct))
        {
            Add(SyncItemTypes.Offer, o.Slug, $"{SyncItemTypes.Folder(SyncItemTypes.Offer)}/{o.Kind}/{o.Slug}{SyncItemTypes.FileExtension}", OfferSyncMapper.Write(o));
        }

        foreach (var t in await db.Tombstones.AsNoTracking().ToListAsync(ct))
        {
            Add("Tombstone", t.Alias, $"{SyncItemTypes.DeletedFolder}/{t.ItemType}/{t.Id}{SyncItemTypes.FileExtension}", SyncSerializer.Write(t));
        }

        return files;
    }

    internal static IEnumerable<string> ExistingFiles(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*" + SyncItemTypes.FileExtension, SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            : [];

    private static void RemoveEmptyFolders(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var sub in Directory.EnumerateDirectories(directory, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(sub).Any())
            {
                Directory.Delete(sub);
            }
        }
    }
}
