using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationsNetz.Testing;

public static class ApiClient
{
    /// <summary>A client carrying a bearer token of the given account, as an app would use the API.</summary>
    public static Task<HttpClient> SignedInAsync(PortalFactory factory, string email, string password) =>
        SignInAsync(factory.CreateClient(), email, password);

    /// <summary>The same for a client of a portal process.</summary>
    public static Task<HttpClient> SignedInAsync(HttpClient client, string email, string password) => SignInAsync(client, email, password);

    /// <summary>Signs <paramref name="client"/> in (e.g. the client of a <see cref="RunningPortal"/>) and returns it.</summary>
    public static async Task<HttpClient> SignInAsync(HttpClient client, string email, string password)
    {
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
