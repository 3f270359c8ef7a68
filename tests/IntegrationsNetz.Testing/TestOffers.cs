using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationsNetz.Testing;

/// <summary>Offers as the API takes them, and the search count as a visitor's app reads it.</summary>
public static class TestOffers
{
    /// <summary>A published volunteer circle in Eppelheim (demo content) whose title holds <paramref name="word"/>.</summary>
    public static object VolunteerCircle(string slug, string word) => new
    {
        kind = "VolunteerCircle", slug, status = "Published", municipalities = new[] { "eppelheim" },
        texts = new[] { new { culture = "de", title = $"Freundeskreis {word}", description = "Wir treffen uns montags." } },
        activities = new[] { "Sprachcafé" },
    };

    /// <summary>The "total" of GET /api/v1/search with <paramref name="query"/> (e.g. "q=Deutschkurs").</summary>
    public static async Task<int> SearchTotalAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/search?" + query)).GetProperty("total").GetInt32();
}
