using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Tests.Content;

/// <summary>kill -9 while a content import writes to the database: all of it or nothing, never a part.</summary>
public sealed class ImportCrashTests
{
    [Fact]
    public async Task An_import_killed_while_it_writes_leaves_nothing_and_the_next_import_brings_everything()
    {
        var data = TestPaths.NewTempDirectory("data");
        var environment = new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = data,
            ["IntegrationsNetz__ContentDirectory"] = PortalDataFiles.LargeContent(copies: 10),
        };
        var wal = Path.Combine(data, "integrationsnetz.db-wal");

        await using (var import = await RunningPortal.StartCommandAsync(environment, "content", "import"))
        {
            // The last progress line comes before the one transaction; the growing write-ahead log shows it under way.
            await import.WaitForOutputAsync("Offers:", TimeSpan.FromMinutes(1));
            var before = File.Exists(wal) ? new FileInfo(wal).Length : 0;
            await Poll.UntilAsync(() => import.HasExited || (File.Exists(wal) && new FileInfo(wal).Length > before + (512 << 10)), TimeSpan.FromMinutes(1), () => "the import wrote nothing");
            await import.KillAsync();
            Assert.DoesNotContain("created", import.Output);
        }

        await using (var db = PortalDataFiles.Database(data))
        {
            Assert.Equal(0, await db.Offers.CountAsync());
            Assert.Equal(0, await db.Municipalities.CountAsync());
            Assert.Equal(0, await db.Pages.CountAsync());
            Assert.Equal(0, await db.IndexingTasks.CountAsync());
        }

        var again = await PortalProcess.RunAsync(environment, "content", "import");
        Assert.Equal(0, again.ExitCode);
        var files = Directory.GetFiles(environment["IntegrationsNetz__ContentDirectory"], "*.config", SearchOption.AllDirectories).Length;
        Assert.Contains($"{files} created, 0 updated", again.Output);
        await using (var db = PortalDataFiles.Database(data))
        {
            Assert.Equal(Directory.GetFiles(Path.Combine(environment["IntegrationsNetz__ContentDirectory"], "Offers"), "*.config", SearchOption.AllDirectories).Length, await db.Offers.CountAsync());
        }
    }
}
