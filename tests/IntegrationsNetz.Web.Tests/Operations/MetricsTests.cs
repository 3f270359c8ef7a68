using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>The Prometheus endpoint: off by default, on with one setting, with requests, outbox and index lag.</summary>
public sealed partial class MetricsTests
{
    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        await using var factory = new PortalFactory();

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task With_the_setting_the_endpoint_shows_requests_the_outbox_queue_and_the_index_lag()
    {
        await using var factory = new WithMetrics();
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=Deutschkurs")).StatusCode);
        }

        // A mail that waits (its next attempt is tomorrow) since two minutes.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.OutboxMessages.Add(new OutboxMessage
            {
                MessageId = "<metrics-test@integrationsnetz.example>", To = "wartet@example.org", Subject = "Wartet", TextBody = "Text", HtmlBody = "<p>Text</p>",
                Purpose = "test", Status = OutboxStatus.Pending, CreatedAt = DateTime.UtcNow.AddMinutes(-2), NextAttemptAt = DateTime.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();

        var searches = Value(text, @"http_server_request_duration_seconds_count\{[^}]*http_route=""/api/v1/search""[^}]*\}");
        Assert.True(searches >= 3, $"{searches} search requests counted");
        Assert.Matches(@"http_server_request_duration_seconds_bucket\{[^}]*http_route=""/api/v1/search""", text);
        Assert.True(Value(text, @"integrationsnetz_outbox_waiting(_[a-z]+)?(\{[^}]*\})?") >= 1);
        Assert.InRange(Value(text, @"integrationsnetz_outbox_oldest_age_seconds(\{[^}]*\})?"), 110, 3600);
        Assert.True(Value(text, @"integrationsnetz_search_index_lag(_[a-z]+)?(\{[^}]*\})?") >= 0);
        Assert.Matches(@"(?m)^integrationsnetz_search_index_lag_age_seconds", text);
    }

    private static double Value(string text, string series)
    {
        var match = Regex.Match(text, $@"(?m)^{series} (\S+)");
        Assert.True(match.Success, $"No {series} in:\n{text}");
        return double.Parse(match.Groups[match.Groups.Count - 1].Value, CultureInfo.InvariantCulture);
    }

    private sealed class WithMetrics() : PortalFactory(new() { ["IntegrationsNetz:Metrics:Enabled"] = "true" });
}
