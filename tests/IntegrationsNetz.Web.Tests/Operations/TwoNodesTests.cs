using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>Two nodes on one PostgreSQL database, each with its own data directory and search index.</summary>
public sealed class TwoNodesTests
{
    [Fact]
    public async Task An_offer_saved_on_one_node_is_found_on_the_other_after_its_indexer_ran()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = new Node(database.ConnectionString);
        first.CreateClient();
        await using var second = new Node(database.ConnectionString);
        second.CreateClient();
        await second.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();
        Assert.NotEqual(first.DataDirectory, second.DataDirectory);

        await TestAccounts.CreateAsync(first, "redaktion@eppelheim.example", "Editor", TestAccounts.DefaultPassword, "eppelheim");
        var editor = await ApiClient.SignedInAsync(first, "redaktion@eppelheim.example", TestAccounts.DefaultPassword);
        var created = await editor.PostAsJsonAsync("/api/v1/offers", new
        {
            kind = "VolunteerCircle", slug = "freundeskreis-zwei-knoten", status = "Published", municipalities = new[] { "eppelheim" },
            texts = new[] { new { culture = "de", title = "Freundeskreis Wiedehopf", description = "Wir treffen uns montags." } },
            activities = new[] { "Sprachcafé" },
        });
        created.EnsureSuccessStatusCode();

        // Node two learns of the change only from the indexing task in the shared database.
        await second.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();

        Assert.Equal(1, await TotalAsync(second, "Wiedehopf"));
    }

    [Fact]
    public async Task A_password_reset_request_is_mailed_once_when_both_nodes_work_the_queue()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = new Node(database.ConnectionString);
        await using var second = new Node(database.ConnectionString);
        second.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var response = await first.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = PortalFactory.AdminEmail });
            Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        }

        // Both nodes at once (and their own background rounds besides): each request is taken by one of them only.
        await Task.WhenAll(TestAccounts.ProcessResetRequestsAsync(first), TestAccounts.ProcessResetRequestsAsync(second));

        using var scope = first.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(0, await db.PasswordResetRequests.CountAsync());
        Assert.Equal(5, await db.OutboxMessages.CountAsync(m => m.To == PortalFactory.AdminEmail && m.Purpose == "password-reset"));
    }

    private static async Task<int> TotalAsync(PortalFactory node, string q) =>
        (await node.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + q)).GetProperty("total").GetInt32();

    private sealed class Node(string connectionString) : PortalFactory(new()
    {
        ["IntegrationsNetz:Database:Provider"] = "Postgres",
        ["ConnectionStrings:IntegrationsNetz"] = connectionString,
    });
}
