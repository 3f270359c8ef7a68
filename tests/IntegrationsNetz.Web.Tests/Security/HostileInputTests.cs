using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using IntegrationsNetz.Core.Data;

using IntegrationsNetz.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Security;

/// <summary>
/// Every API route with a body and every form page, found in the app's endpoint list, gets malformed, oversized,
/// wrong-typed and hostile values as an administrator (a manager for the case routes): never a 5xx, a German
/// answer, and a refused write leaves every table as it was.
/// </summary>
public sealed partial class HostileInputTests : IAsyncLifetime
{
    private const string Manager = "im.feind@eppelheim.example";
    private const string Volunteer = "feind.amsel@ehrenamt.example";

    // Tables that change without a request (background jobs, key ring, access log of reads, index tasks).
    private static readonly string[] Moving = ["IndexingTasks", "DataProtectionKeys", "CmScheduledJobRuns", "CmAccessLog", "CmAccessLogEntries"];

    private static readonly string[] TextValues =
    [
        "<script>alert(1)</script><img src=x onerror=alert(1)>",
        "'; DROP TABLE \"Offers\"; -- OR 1=1",
        "title:(a OR b)^9 AND *:* ~2 \\ [x TO y] \"",
        "Am\u0000sel\u0007",
        "\ud800 lone surrogate",
        new string('x', 300_000),
        "Unbekannt",
    ];

    private static readonly string[] RawBodies =
    [
        "null", "[]", "\"text\"", "{\"a\":", "{\"x\":1e999}", "{\"x\":-99999999999999999999999999999}",
        new string('[', 300) + new string(']', 300),
        string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200),
    ];

    // PortalFactory raises the rate limits, so the hostile values reach the services.
    private readonly PortalFactory _portal = new();
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private HttpClient _admin = null!;
    private HttpClient _manager = null!;
    private HttpClient _volunteer = null!;

    public async ValueTask InitializeAsync()
    {
        await TestAccounts.CreateAsync(_portal, Manager, "Manager", TestAccounts.DefaultPassword, "eppelheim");
        _admin = await ApiClient.SignedInAsync(_portal, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        _manager = await ApiClient.SignedInAsync(_portal, Manager, TestAccounts.DefaultPassword);
        var registered = await _portal.CreateClient().PostAsync("/api/v1/volunteers", Json(new JsonObject
        {
            ["email"] = Volunteer, ["password"] = "ein langes Ehrenamtspasswort", ["displayName"] = "Amsel", ["privacyConsent"] = true, ["municipalities"] = new JsonArray("weinheim"),
        }));
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        _volunteer = await ApiClient.SignedInAsync(_portal, Volunteer, "ein langes Ehrenamtspasswort");

        var created = await CaseTestData.CreateCaseAsync(_manager);
        var caseId = created.GetProperty("id").GetString()!;
        var goal = await CaseTestData.AddGoalAsync(_manager, caseId, "Sprache", "Deutsch lernen");
        var need = await CaseTestData.AddLanguageNeedAsync(_manager, caseId, goal.GetProperty("id").GetString()!);
        (_ids["cases"], _ids["goalId"], _ids["needId"], _ids["needs"]) = (caseId, goal.GetProperty("id").GetString()!, need.GetProperty("id").GetString()!, need.GetProperty("id").GetString()!);
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        _ids["offers"] = (await db.Offers.OrderBy(o => o.Slug).FirstAsync()).Id.ToString();
        _ids["volunteers"] = (await db.Volunteers.FirstAsync()).Id.ToString();
        _ids["pages"] = (await db.Pages.FirstAsync()).Id.ToString();
    }

    public async ValueTask DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task No_API_route_answers_5xx_to_hostile_bodies_and_refusals_change_nothing()
    {
        var routes = Endpoints().Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal)).ToList();
        var tried = 0;
        foreach (var endpoint in routes)
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var body = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            if (Url(endpoint) is not { } url)
            {
                continue;
            }

            foreach (var method in methods.Where(m => m is "POST" or "PUT" or "PATCH"))
            {
                var client = Caller(url);
                foreach (var (name, content) in Bodies(body))
                {
                    await CheckAsync(client, $"{method} {url} {name}", () => client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content() }));
                    tried++;
                }
            }
        }

        Assert.True(tried > 300, $"only {tried} requests: the endpoint list was not found");
        Assert.True(_failures.Count == 0, string.Join("\n", _failures.Take(40)));
    }

    [Fact]
    public async Task No_form_answers_5xx_to_hostile_values_and_refusals_change_nothing()
    {
        var admin = new BrowserlessSession(_portal);
        await admin.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var manager = new BrowserlessSession(_portal);
        await manager.LoginAsync(Manager, TestAccounts.DefaultPassword);
        var forms = 0;
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null))
        {
            if (Url(endpoint) is not { } url || url.Contains("logout", StringComparison.Ordinal) || url is "/error" || url.StartsWith("/status", StringComparison.Ordinal))
            {
                continue;
            }

            var session = url.StartsWith("/backoffice/cases", StringComparison.Ordinal) ? manager : admin;
            var page = await session.GetAsync(url);
            if (page.Status != HttpStatusCode.OK)
            {
                continue;
            }

            foreach (var form in page.Document.Forms.Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && !f.Action.Contains("logout", StringComparison.OrdinalIgnoreCase)))
            {
                forms++;
                foreach (var field in form.Elements.OfType<IHtmlElement>().Select(FieldOf).Where(f => f is not null).Distinct().Take(15))
                {
                    foreach (var value in field!.Value.CheckBox ? ["x", "-1"] : (string[])[TextValues[0] + TextValues[1], TextValues[3], new string('x', 250_000)])
                    {
                        var action = form.GetAttribute("action") ?? url;
                        await CheckAsync(null, $"POST {action} ({url}) {field.Value.Name}={Short(value)}", async () =>
                            (await session.SubmitAsync(page, form, new Dictionary<string, string> { [field.Value.Name] = value })).Response);
                    }
                }
            }
        }

        Assert.True(forms > 15, $"only {forms} forms were found");
        Assert.True(_failures.Count == 0, string.Join("\n", _failures.Take(40)));
    }

    private static (string Name, bool CheckBox)? FieldOf(IHtmlElement element) => element switch
    {
        IHtmlInputElement { Name: "__RequestVerificationToken" } => null,
        IHtmlInputElement { Type: "submit" or "button" } => null,
        IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) => (input.Name, input.Type is "checkbox" or "radio"),
        IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) => (area.Name, false),
        IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) => (select.Name, false),
        _ => null,
    };

    private async Task CheckAsync(HttpClient? client, string what, Func<Task<HttpResponseMessage>> send)
    {
        var before = await CountsAsync();
        using var response = await send();
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            _failures.Add($"{what}: {status} {Short(text)}");
            return;
        }

        if (status >= 400 && status != 404 && !German().IsMatch(text))
        {
            _failures.Add($"{what}: {status} without a German text: {Short(text)}");
        }

        if (status >= 400)
        {
            var after = await CountsAsync();
            foreach (var (table, count) in after.Where(a => before.GetValueOrDefault(a.Key) != a.Value))
            {
                _failures.Add($"{what}: {status} but {table} went from {before.GetValueOrDefault(table)} to {count} rows");
            }
        }
    }

    private IEnumerable<(string Name, Func<HttpContent> Content)> Bodies(Type? body)
    {
        foreach (var raw in RawBodies)
        {
            yield return ($"raw {Short(raw)}", () => new StringContent(raw, Encoding.UTF8, "application/json"));
        }

        yield return ("invalid UTF-8", () => Bytes([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d], "application/json"));
        yield return ("text/plain", () => new StringContent("{}", Encoding.UTF8, "text/plain"));
        yield return ("form body", () => new FormUrlEncodedContent([new("a", "b")]));
        yield return ("xml", () => new StringContent("<a/>", Encoding.UTF8, "application/xml"));
        if (body is null || body == typeof(HttpRequest))
        {
            yield break;
        }

        foreach (var property in body.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            JsonNode?[] values = [.. TextValues.Select(v => (JsonNode?)JsonValue.Create(v)), JsonValue.Create(1e308), JsonValue.Create(-1), JsonValue.Create(true), new JsonArray((JsonNode?)null), new JsonObject(), null];
            foreach (var value in values)
            {
                var json = new JsonObject { [name] = value?.DeepClone() };
                yield return ($"{name}={Short(value?.ToJsonString() ?? "null")}", () => Json(json));
            }
        }
    }

    private async Task<Dictionary<string, long>> CountsAsync()
    {
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Where(t => !Moving.Contains(t)).Order().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', COUNT(*) FROM \"{t}\""));
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        _portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal);

    /// <summary>The route with real ids where the previous segment names a kind the test created; null when it cannot be filled.</summary>
    private string? Url(RouteEndpoint endpoint)
    {
        var segments = new List<string>();
        string? previous = null;
        foreach (var segment in endpoint.RoutePattern.PathSegments)
        {
            if (segment.IsSimple && segment.Parts[0] is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal)
            {
                segments.Add(literal.Content);
                previous = literal.Content;
                continue;
            }

            if (segment.Parts[0] is not Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter || parameter.IsCatchAll)
            {
                return null;
            }

            var value = parameter.Name switch
            {
                "culture" => "de",
                "municipality" => "weinheim",
                "kind" => "LanguageCourse",
                "goalId" or "needId" => _ids[parameter.Name],
                _ when parameter.IsOptional => null,
                "id" when previous is not null && _ids.TryGetValue(previous, out var id) => id,
                "id" => Guid.NewGuid().ToString(),
                _ => "x",
            };
            if (value is not null)
            {
                segments.Add(value);
            }

            previous = parameter.Name;
        }

        return "/" + string.Join('/', segments);
    }

    private HttpClient Caller(string url) =>
        url.Contains("/volunteers/me", StringComparison.Ordinal) ? _volunteer
        : Regex.IsMatch(url, "/api/v1/(cases|needs|referrals|substitutions)") ? _manager
        : _admin;

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static ByteArrayContent Bytes(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static string Short(string text) => text.Length > 120 ? text[..120] + "…" : text;

    [GeneratedRegex("[äöüßÄÖÜ]|\\b(nicht|Bitte|ist|gibt|Die|Der|Das|Sie)\\b")]
    private static partial Regex German();
}
