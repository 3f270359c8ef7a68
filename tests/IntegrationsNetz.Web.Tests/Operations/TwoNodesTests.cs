using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
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

    private static async Task<int> TotalAsync(PortalFactory node, string q) =>
        (await node.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + q)).GetProperty("total").GetInt32();

    private sealed class Node(string connectionString) : PortalFactory(new()
    {
        ["IntegrationsNetz:Database:Provider"] = "Postgres",
        ["ConnectionStrings:IntegrationsNetz"] = connectionString,
    });
}
