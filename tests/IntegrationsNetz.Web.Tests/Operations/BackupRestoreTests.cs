using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>
/// "backup FILE" while the portal runs and "restore FILE" with the portal stopped: the restored portal shows the state
/// of the backup, with a search index that matches it.
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_taken_while_the_portal_runs_brings_back_exactly_that_state()
    {
        var environment = new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = TestPaths.NewTempDirectory("data"),
            ["IntegrationsNetz__ContentDirectory"] = TestPaths.DemoContent,
            ["IntegrationsNetz__Setup__AdminEmail"] = PortalFactory.AdminEmail,
            ["IntegrationsNetz__Setup__AdminPassword"] = PortalFactory.AdminPassword,
        };
        var backup = Path.Combine(TestPaths.NewTempDirectory("backup"), "integrationsnetz-backup.db");

        await using (var portal = await RunningPortal.StartAsync(environment))
        {
            var admin = await ApiClient.SignInAsync(portal.Client, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/offers", TestOffers.VolunteerCircle("freundeskreis-gesichert", "Wiedehopf"))).StatusCode);
            await Poll.UntilAsync(async () => await TestOffers.SearchTotalAsync(portal.Client, "q=Wiedehopf") == 1, TimeSpan.FromSeconds(30), () => "not indexed");

            var taken = await PortalProcess.RunAsync(environment, "backup", backup);
            Assert.True(taken.ExitCode == 0, taken.Error);
            Assert.Contains("Backup written", taken.Output);

            // After the backup: a change that the restore must take back.
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/offers", TestOffers.VolunteerCircle("freundeskreis-danach", "Kormoran"))).StatusCode);
            await Poll.UntilAsync(async () => await TestOffers.SearchTotalAsync(portal.Client, "q=Kormoran") == 1, TimeSpan.FromSeconds(30), () => "not indexed");

            // A restore beside the running portal is refused: it would replace the database under it.
            var refused = await PortalProcess.RunAsync(environment, "restore", backup);
            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains("is in use by another IntegrationsNetz process", refused.Error);
            await portal.KillAsync();
        }

        var notABackup = Path.Combine(TestPaths.NewTempDirectory("backup"), "notiz.txt");
        await File.WriteAllTextAsync(notABackup, "keine Datenbank");
        var wrong = await PortalProcess.RunAsync(environment, "restore", notABackup);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("nothing was changed", wrong.Error);

        var restored = await PortalProcess.RunAsync(environment, "restore", backup);
        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Contains("search index rebuilt", restored.Output);

        await using var again = await RunningPortal.StartAsync(environment);
        Assert.Equal(1, await TestOffers.SearchTotalAsync(again.Client, "q=Wiedehopf"));
        Assert.Equal(0, await TestOffers.SearchTotalAsync(again.Client, "q=Kormoran"));
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/de/angebote/freundeskreis-gesichert")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await again.Client.GetAsync("/de/angebote/freundeskreis-danach")).StatusCode);
        await ApiClient.SignInAsync(again.Client, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var offer = await again.Client.PostAsJsonAsync("/api/v1/offers", TestOffers.VolunteerCircle("freundeskreis-danach", "Kormoran"));
        Assert.Equal(HttpStatusCode.Created, offer.StatusCode);
    }
}
