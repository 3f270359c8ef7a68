using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationsNetz.Testing;

public static class ProblemAssert
{
    /// <summary>A 400 problem+json whose errors name the field with a German message containing the given words.</summary>
    public static async Task FieldAsync(HttpResponseMessage response, string field, string germanText)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.Contains(germanText, messages[0].GetString());
    }
}
