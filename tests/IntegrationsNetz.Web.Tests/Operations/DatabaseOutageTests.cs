using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>
/// PostgreSQL unreachable while the portal runs (a relay between them is cut, so the shared test server keeps running):
/// pages and the API answer 503 in German, never 500; background work waits and resumes by itself when the database
/// is back, and a mail that fell due during the outage is delivered once.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task During_an_outage_requests_get_503_in_German_and_afterwards_mail_and_indexing_resume_by_themselves()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var database = await PostgresDatabase.CreateAsync();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = TcpProxy.Start(server.Host!, server.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Pooling = true, Timeout = 3 };
        await using var portal = new Node(viaProxy.ConnectionString, smtp.Port);
        var client = portal.CreateClient();
        var admin = await ApiClient.SignedInAsync(portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/de/")).StatusCode);

        // Requests keep coming through the cut and the return (broken pooled connections included): 200 or 503, never 500.
        using var stopLoad = new CancellationTokenSource();
        var load = LoadAsync(portal, stopLoad.Token);

        // Falls due a moment after the cut, so it can only leave after the database is back.
        var due = DateTime.UtcNow.AddSeconds(1);
        var mail = await EnqueueAsync(portal, due);
        proxy.Cut();

        // The start page asked for before the cut is still served from the output cache; one the cache does not
        // hold (another query) needs the database and gets the outage page.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/de/")).StatusCode);
        var page = await client.GetAsync("/de/?waehrend-des-ausfalls");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(page.Headers.RetryAfter);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"de\"", html);
        Assert.Contains("Vorübergehend nicht erreichbar", html);

        var api = await client.GetAsync("/api/v1/municipalities");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("vorübergehend nicht erreichbar", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        var write = await admin.PostAsJsonAsync("/api/v1/offers", TestOffers.VolunteerCircle("freundeskreis-waehrend-ausfall", "Kiebitz"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);

        // The sender has tried (and logged it as a pause, not as a crash) after the mail fell due.
        var paused = "Sending the outbox paused: the database is not reachable";
        await Poll.UntilAsync(() => DateTime.UtcNow > due, Deadline, () => "time stands still");
        var pausesBefore = portal.Logs.Count(l => l.Contains(paused, StringComparison.Ordinal));
        await Poll.UntilAsync(() => portal.Logs.Count(l => l.Contains(paused, StringComparison.Ordinal)) > pausesBefore, Deadline, () => string.Join('\n', portal.Logs.TakeLast(10)));
        Assert.Empty(smtp.Messages());

        proxy.Restore();
        await Poll.UntilAsync(async () => (await client.GetAsync("/de/")).StatusCode == HttpStatusCode.OK, Deadline, () => "the portal did not recover");
        await Poll.UntilAsync(() => smtp.Messages().Any(m => m.MessageId == mail), Deadline, () => "the mail was not delivered");
        Assert.Single(smtp.Messages(), m => m.MessageId == mail);

        // Nothing of the refused write was stored; the same write now goes through and the indexer finds it.
        Assert.Equal(0, await TestOffers.SearchTotalAsync(client, "q=Kiebitz"));
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/offers", TestOffers.VolunteerCircle("freundeskreis-nach-ausfall", "Kiebitz"))).StatusCode);
        await Poll.UntilAsync(async () => await TestOffers.SearchTotalAsync(client, "q=Kiebitz") == 1, Deadline, () => "the indexer did not resume");
        Assert.DoesNotContain(portal.Logs, l => l.Contains("An unhandled exception has occurred", StringComparison.Ordinal));
        await stopLoad.CancelAsync();
        var statuses = await load;
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses.Keys);
        Assert.True(statuses.Keys.All(s => s is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable), string.Join(", ", statuses.Select(s => $"{(int)s.Key} x{s.Value}")));
    }

    private static async Task<Dictionary<HttpStatusCode, int>> LoadAsync(PortalFactory portal, CancellationToken stop)
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<HttpStatusCode, int>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async worker =>
        {
            var client = portal.CreateClient();
            var paths = new[] { "/de/", "/api/v1/municipalities", "/de/eppelheim/", "/api/v1/search?q=Deutschkurs" };
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                var response = await client.GetAsync(paths[i % paths.Length], CancellationToken.None);
                seen.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                await Task.Delay(20, CancellationToken.None);
            }
        }));
        return new Dictionary<HttpStatusCode, int>(seen);
    }



    private static async Task<string> EnqueueAsync(PortalFactory portal, DateTime due)
    {
        using var scope = portal.Services.CreateScope();
        var message = scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue("kranich@ehrenamt.example", "volunteer-approved", "de", new Dictionary<string, string>
        {
            ["Name"] = "Kranich", ["LinkUrl"] = "http://localhost/ehrenamt", ["UnsubscribeUrl"] = "http://localhost/abmelden",
        });
        message.NextAttemptAt = due;
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        return message.MessageId;
    }

    private sealed class Node(string connectionString, int smtpPort) : PortalFactory(new()
    {
        ["IntegrationsNetz:Database:Provider"] = "Postgres",
        ["ConnectionStrings:IntegrationsNetz"] = connectionString,
        ["IntegrationsNetz:Smtp:Host"] = "127.0.0.1",
        ["IntegrationsNetz:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["IntegrationsNetz:Smtp:Security"] = "None",
        ["IntegrationsNetz:Outbox:RetrySeconds"] = "1",
    });
}
