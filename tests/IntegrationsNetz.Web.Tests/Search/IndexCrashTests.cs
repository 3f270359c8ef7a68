using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Tests.Search;

/// <summary>kill -9 while the search index is being built, then a start: the index is whole again.</summary>
public sealed class IndexCrashTests
{
    [Fact]
    public async Task A_rebuild_killed_half_way_leaves_an_index_that_the_next_start_makes_whole()
    {
        var environment = new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = TestPaths.NewTempDirectory("data"),
            ["IntegrationsNetz__ContentDirectory"] = PortalDataFiles.LargeContent(copies: 10),
        };
        var import = await PortalProcess.RunAsync(environment, "content", "import");
        Assert.Equal(0, import.ExitCode);
        int published;
        await using (var db = PortalDataFiles.Database(environment["IntegrationsNetz__DataDirectory"]))
        {
            published = await db.Offers.CountAsync(o => o.Status == OfferStatus.Published);
        }

        Assert.True(published > 1500, $"{published} published offers");

        await using (var rebuild = await RunningPortal.StartCommandAsync(environment, "index", "rebuild"))
        {
            await rebuild.WaitForOutputAsync("1000 offers indexed", TimeSpan.FromMinutes(1));
            await rebuild.KillAsync();
            Assert.DoesNotContain("Index rebuilt", rebuild.Output);
        }

        await using var portal = await RunningPortal.StartAsync(environment);
        await Poll.UntilAsync(async () => await TestOffers.SearchTotalAsync(portal.Client, "pageSize=1") == published, TimeSpan.FromMinutes(1), () => $"the index has {TestOffers.SearchTotalAsync(portal.Client, "pageSize=1").Result} of {published} offers");
        Assert.True(await TestOffers.SearchTotalAsync(portal.Client, "q=Deutschkurs") > 0);
        Assert.DoesNotContain("Indexing failed", portal.Output);
    }
}
