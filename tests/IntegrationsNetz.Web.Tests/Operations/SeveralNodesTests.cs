using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>
/// Two portal processes on their own ports and data directories over one PostgreSQL database and one SMTP server,
/// as an operator runs several nodes: what one node changes, the other searches and shows (through its cache)
/// within 5 s; every mail goes out once; the daily jobs run on one node; a sign-in on one is valid on the other.
/// </summary>
public sealed class SeveralNodesTests(SeveralNodesTests.Cluster cluster) : IClassFixture<SeveralNodesTests.Cluster>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task An_offer_saved_on_one_node_is_found_by_the_other_nodes_cached_search_within_5_s()
    {
        var b = cluster.B.Client();
        Assert.Equal(0, await TotalAsync(b, "Kakapo"));
        Assert.NotNull(await KeptAsync(b, "/api/v1/search?q=Kakapo"));
        var editor = await cluster.AdminOnAAsync();

        var created = await editor.PostAsJsonAsync("/api/v1/offers", new
        {
            kind = "VolunteerCircle", slug = "kakapo-kreis", status = "Published", municipalities = new[] { "eppelheim" },
            texts = new[] { new { culture = "de", title = "Kakapo-Treff", description = "Wir treffen uns donnerstags." } },
            activities = new[] { "Sprachcafé" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        await Poll.UntilAsync(() => TotalAsync(b, "Kakapo"), t => t == 1, Deadline, "node B's search API finds the offer");
        await Poll.UntilAsync(async () => await b.GetStringAsync("/de/suche?q=Kakapo"), h => h.Contains("kakapo-kreis"), Deadline, "node B's search page lists it");
    }

    [Fact]
    public async Task A_page_published_on_one_node_is_shown_on_the_other_nodes_cached_page_within_5_s()
    {
        var editor = await cluster.AdminOnAAsync();
        var created = await editor.PostAsJsonAsync("/api/v1/pages", new { owner = "eppelheim", title = "Sprechstunde am Montag", body = "Im Rathaus." });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/pages/{id}/variants/de/publish", null)).StatusCode);
        var b = cluster.B.Client();
        await Poll.UntilAsync(() => TitleAsync(b, "/de/eppelheim/sprechstunde-am-montag"), t => t == "Sprechstunde am Montag", Deadline, "node B shows the page");
        Assert.NotNull(await KeptAsync(b, "/de/eppelheim/sprechstunde-am-montag"));

        var saved = await editor.PutAsJsonAsync($"/api/v1/pages/{id}/variants/de", new { title = "Sprechstunde am Dienstag", body = "Im Bürgerhaus.", publish = true });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);

        await Poll.UntilAsync(() => TitleAsync(b, "/de/eppelheim/sprechstunde-am-montag"), t => t == "Sprechstunde am Dienstag", Deadline, "node B shows the new title");
        await Poll.UntilAsync(async () => await b.GetStringAsync("/de/eppelheim"), h => h.Contains("Sprechstunde am Dienstag"), Deadline, "node B's municipality page links the new title");
    }

    [Fact]
    public async Task A_sign_in_on_one_node_is_valid_on_the_other()
    {
        var cookies = new CookieContainer();
        var onA = new BrowserlessSession(cluster.A.Client(cookies));
        var signedIn = await onA.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.StartsWith("/backoffice", signedIn.Path);
        Assert.DoesNotContain("login", signedIn.Path);

        // The same browser (the same cookie) on node B: the back office, not the sign-in page.
        var onB = await new BrowserlessSession(cluster.B.Client(cookies)).GetAsync("/backoffice/pages");
        Assert.Equal(HttpStatusCode.OK, onB.Status);
        Assert.Equal("/backoffice/pages", onB.Path);

        // A token from node A's API on node B's.
        var api = cluster.B.Client();
        api.DefaultRequestHeaders.Authorization = (await cluster.AdminOnAAsync()).DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/pages?owner=eppelheim")).StatusCode);
    }

    [Fact]
    public async Task Each_mail_is_sent_once_while_both_nodes_work_the_outbox()
    {
        const string address = PortalFactory.AdminEmail;
        var before = cluster.Smtp.MessagesTo(address).Count;
        for (var i = 0; i < 12; i++)
        {
            var node = i % 2 == 0 ? cluster.A : cluster.B;
            Assert.Equal(HttpStatusCode.Accepted, (await node.Client().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = address })).StatusCode);
        }

        var mails = await Poll.UntilAsync(() => Task.FromResult(cluster.Smtp.MessagesTo(address)), m => m.Count >= before + 12, TimeSpan.FromSeconds(30), "12 mails at the SMTP server");
        // Both senders kept working meanwhile; a message taken twice would have arrived by now.
        await Task.Delay(OutboxRound);
        mails = cluster.Smtp.MessagesTo(address);

        Assert.Equal(before + 12, mails.Count);
        Assert.Equal(mails.Count, mails.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public void The_daily_jobs_ran_on_one_node_only()
    {
        var ran = new[] { cluster.A, cluster.B }.Count(n => n.Output.Any(l => l.Contains("Retention:", StringComparison.Ordinal)));

        Assert.Equal(1, ran);
    }

    // One round of both outbox senders (two seconds each), so a second delivery would have happened.
    private static readonly TimeSpan OutboxRound = TimeSpan.FromSeconds(2.5);

    private static async Task<int> TotalAsync(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + q)).GetProperty("total").GetInt32();

    private static async Task<TimeSpan?> KeptAsync(HttpClient client, string path) =>
        await Poll.UntilAsync(async () => (await client.GetAsync(path)).Headers.Age, a => a is not null, TimeSpan.FromSeconds(15), $"{path} kept by the cache");

    private static async Task<string?> TitleAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await (await client.GetAsync(path)).Content.ReadAsStringAsync()).QuerySelector("article h1")?.TextContent;

    /// <summary>The database, the SMTP server and two nodes, started once for the class (A first: it migrates and imports).</summary>
    public sealed class Cluster : IAsyncLifetime
    {
        private PostgresDatabase? _database;
        private SmtpServer? _smtp;
        private PortalNode? _a;
        private PortalNode? _b;

        public PortalNode A => _a!;

        public PortalNode B => _b!;

        public SmtpServer Smtp => _smtp!;

        public async ValueTask InitializeAsync()
        {
            _database = await PostgresDatabase.CreateAsync();
            _smtp = await SmtpServer.StartAsync();
            var environment = new Dictionary<string, string>
            {
                ["IntegrationsNetz__Database__Provider"] = "Postgres",
                ["ConnectionStrings__IntegrationsNetz"] = _database.ConnectionString,
                ["IntegrationsNetz__Smtp__Host"] = "127.0.0.1",
                ["IntegrationsNetz__Smtp__Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
                ["IntegrationsNetz__Smtp__Security"] = "None",
                ["IntegrationsNetz__RateLimits__PasswordReset__PerClient"] = "100000",
                ["IntegrationsNetz__RateLimits__PasswordReset__PerAccount"] = "100000",
                ["IntegrationsNetz__RateLimits__Login__PerClient"] = "100000",
                ["IntegrationsNetz__RateLimits__Login__PerAccount"] = "100000",
                ["IntegrationsNetz__RateLimits__MailsPerAddressPerHour"] = "10000",
                ["Logging__LogLevel__IntegrationsNetz.Plugins.CaseMatching.Retention"] = "Information",
            };
            _a = await PortalNode.StartAsync(environment);
            _b = await PortalNode.StartAsync(environment);
        }

        /// <summary>The first administrator (from the setup settings) with a bearer token of node A; may edit every municipality.</summary>
        public Task<HttpClient> AdminOnAAsync() => ApiClient.SignedInAsync(A.Client(), PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        public async ValueTask DisposeAsync()
        {
            foreach (var node in new[] { _b, _a })
            {
                if (node is not null)
                {
                    await node.DisposeAsync();
                }
            }

            if (_smtp is not null)
            {
                await _smtp.DisposeAsync();
            }

            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }
}
