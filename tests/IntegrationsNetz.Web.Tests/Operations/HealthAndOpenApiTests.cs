using System.Net;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Operations;

public sealed class HealthAndOpenApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Healthz_answers_200_when_the_database_answers()
    {
        var response = await factory.CreateClient().GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_answers_503_while_the_database_file_cannot_be_opened()
    {
        await using var portal = new WithoutContent();
        var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);

        // A folder where the database file was: SQLite can neither open it nor create a new file there.
        var file = Path.Combine(portal.DataDirectory, "integrationsnetz.db");
        File.Move(file, file + ".away");
        Directory.CreateDirectory(file);
        try
        {
            var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            Directory.Delete(file);
            File.Move(file + ".away", file);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_fixed_routes()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Contains("/api/v1/auth/login", json);
        Assert.Contains("/api/v1/municipalities/{slug}/pages", json);
    }

    private sealed class WithoutContent() : PortalFactory(new() { ["IntegrationsNetz:ImportContentOnFirstBoot"] = "false" });
}
