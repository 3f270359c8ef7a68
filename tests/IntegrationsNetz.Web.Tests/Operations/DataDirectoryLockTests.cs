using System.Net;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>One process per data directory: a second portal on the same directory refuses to start, the first is unharmed.</summary>
public sealed class DataDirectoryLockTests
{
    [Fact]
    public async Task A_second_portal_on_the_same_data_directory_stops_with_one_line_and_the_first_keeps_answering()
    {
        var environment = new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = TestPaths.NewTempDirectory("data"),
            ["IntegrationsNetz__ContentDirectory"] = TestPaths.DemoContent,
        };
        await using var first = await RunningPortal.StartAsync(environment);
        var before = await TestOffers.SearchTotalAsync(first.Client, "q=Deutschkurs");
        Assert.True(before > 0, "the demo content has German courses");

        await using var second = await RunningPortal.StartAsync(environment, waitForHealth: false);
        var exitCode = await second.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is in use by another IntegrationsNetz process", line);
        Assert.Contains(DataDirectoryLockFile(environment), line);
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(before, await TestOffers.SearchTotalAsync(first.Client, "q=Deutschkurs"));
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/de/oftersheim/")).StatusCode);
    }

    [Fact]
    public async Task After_the_first_portal_was_killed_the_directory_is_free_again()
    {
        var environment = new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = TestPaths.NewTempDirectory("data"),
            ["IntegrationsNetz__ImportContentOnFirstBoot"] = "false",
        };
        await using (var first = await RunningPortal.StartAsync(environment))
        {
            await first.KillAsync();
        }

        await using var again = await RunningPortal.StartAsync(environment);
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/healthz")).StatusCode);
    }

    private static string DataDirectoryLockFile(Dictionary<string, string> environment) =>
        Path.Combine(environment["IntegrationsNetz__DataDirectory"], "portal.lock");
}
