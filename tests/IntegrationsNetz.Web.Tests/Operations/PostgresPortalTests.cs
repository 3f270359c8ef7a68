using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>The same portal with IntegrationsNetz:Database:Provider=Postgres: migrations, first-boot import, editing.</summary>
public sealed class PostgresPortalTests
{
    [Fact]
    public async Task The_portal_runs_on_PostgreSQL_with_demo_content_login_and_editing()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new OnPostgres(database.ConnectionString);

        var health = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var session = new BrowserlessSession(factory);
        var arabic = await session.GetAsync("/ar/weinheim/ankommen");
        Assert.Equal(HttpStatusCode.OK, arabic.Status);
        Assert.Equal("rtl", arabic.Document.DocumentElement.GetAttribute("dir"));

        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var list = await session.GetAsync("/backoffice/pages?owner=weinheim");
        var editUrl = list.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector(".path")!.TextContent == "ansprechpartner")
            .QuerySelector("a[href$='/en']")!.GetAttribute("href")!;
        var edit = await session.GetAsync(editUrl);
        await session.SubmitAsync(edit, "form.editor", new Dictionary<string, string> { ["Input.Title"] = "Your contacts in Weinheim", ["publish"] = "true" });

        var live = await session.GetAsync("/en/weinheim/ansprechpartner");
        Assert.Equal("Your contacts in Weinheim", live.Document.QuerySelector("article h1")!.TextContent);

        var tokens = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);

        // Both checks run on PostgreSQL (EF Core's and Npgsql's); without the database /healthz answers 503.
        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(["database", "postgresql"], report.Entries.Keys.Order());
        Assert.All(report.Entries.Values, e => Assert.Equal(HealthStatus.Healthy, e.Status));
        await database.DropAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.CreateClient().GetAsync("/healthz")).StatusCode);
    }

    private sealed class OnPostgres(string connectionString) : PortalFactory(new()
    {
        ["IntegrationsNetz:Database:Provider"] = "Postgres",
        ["ConnectionStrings:IntegrationsNetz"] = connectionString,
    });
}
