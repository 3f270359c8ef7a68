using System.Text.RegularExpressions;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Testing;

/// <summary>What the tests that run the portal as a process need beside it: its database file and larger content.</summary>
public static partial class PortalDataFiles
{
    /// <summary>The portal's SQLite file in <paramref name="dataDirectory"/>, opened as a second connection would be.</summary>
    public static SqlitePortalDbContext Database(string dataDirectory)
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={Path.Combine(dataDirectory, "integrationsnetz.db")};Pooling=False");
        return new SqlitePortalDbContext(options.Options, new PluginCatalog([]));
    }

    /// <summary>
    /// A copy of the demo content with every offer file there <paramref name="copies"/> more times (new key, new
    /// alias), so an import or an index build takes long enough to be interrupted.
    /// </summary>
    public static string LargeContent(int copies)
    {
        var folder = TestPaths.CopyDirectory(TestPaths.DemoContent, "usync-large");
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "Offers"), "*.config", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            for (var i = 1; i <= copies; i++)
            {
                var copy = OfferHead().Replace(text, m => $"<Offer Key=\"{Guid.NewGuid()}\" Alias=\"{m.Groups["alias"].Value}-{i}\"", 1);
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(file)!, $"{Path.GetFileNameWithoutExtension(file)}-{i}.config"), copy);
            }
        }

        return folder;
    }

    [GeneratedRegex("<Offer Key=\"[^\"]+\" Alias=\"(?<alias>[^\"]+)\"")]
    private static partial Regex OfferHead();
}
