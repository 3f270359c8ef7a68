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
    public async Task OpenApi_document_lists_the_fixed_routes()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Contains("/api/v1/auth/login", json);
        Assert.Contains("/api/v1/municipalities/{slug}/pages", json);
    }
}
