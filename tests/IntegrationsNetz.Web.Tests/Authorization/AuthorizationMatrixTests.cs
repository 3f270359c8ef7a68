using System.Globalization;
using System.Net;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Authorization;

/// <summary>
/// Every endpoint of the running app (minimal API and Razor pages, host and plugin) against every kind of caller.
/// The table is <see cref="AuthorizationTable"/>; an endpoint without a row fails the test with its route named,
/// so a new route cannot be forgotten. Case content in depth stays in CaseMatching/CaseAccessMatrixTests.
/// </summary>
public sealed class AuthorizationMatrixTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_the_table_says()
    {
        var world = await MatrixWorld.CreateAsync(factory);
        var rows = AuthorizationTable.Rows(world).ToList();
        var endpoints = await EndpointCatalog.KeysAsync(factory.Services);

        var problems = new List<string>();
        problems.AddRange(endpoints.Except(rows.Select(r => r.Key)).Select(k => $"{k}: no row in AuthorizationTable"));
        problems.AddRange(rows.Select(r => r.Key).Except(endpoints).Select(k => $"{k}: a row for an endpoint the app does not have"));
        problems.AddRange(rows.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g => $"{g.Key}: more than one row"));
        foreach (var row in rows.Where(r => endpoints.Contains(r.Key)))
        {
            var expected = Expectations.Parse(row.Expect);
            var actual = new Dictionary<string, string>();
            foreach (var key in MatrixWorld.CallerKeys)
            {
                using var response = await row.Call(world.Callers[key]);
                actual[key] = Outcome(response);
                if (actual[key] != expected[key])
                {
                    problems.Add($"{row.Key} as {key}: expected {expected[key]}, got {actual[key]} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }

            if (actual.Any(a => a.Value != expected[a.Key]))
            {
                // The observed line, for a reviewer who decides whether the code or the table is wrong.
                problems.Add($"  observed: \"{Expectations.Write(actual)}\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>What the caller experienced: the API's status, or where the back office sent them.</summary>
    public static string Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return (int)response.StatusCode switch
        {
            >= 200 and < 300 => Expectations.Ok,
            >= 300 and < 400 when location.Contains("/backoffice/login", StringComparison.Ordinal) => Expectations.Login,
            >= 300 and < 400 when location.Contains("/backoffice/access-denied", StringComparison.Ordinal) => Expectations.Denied,
            >= 300 and < 400 => Expectations.Ok,
            401 => Expectations.Login,
            403 => Expectations.Denied,
            404 => Expectations.NotFound,
            400 or 409 or 422 => Expectations.Invalid,
            var other => other.ToString(CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>One endpoint (method, route pattern as the app declares it, page handler) with how to call it and what each caller gets.</summary>
public sealed record MatrixRow(string Key, Func<Caller, Task<HttpResponseMessage>> Call, string Expect);

/// <summary>
/// Outcomes per caller, written "anon=login vol=denied *=ok": later entries win, "*" is everybody not named,
/// "sub*" all three substitutes. ok = 2xx or a redirect within the site; login = 401 or sent to the login;
/// denied = 403 or sent to access-denied; 404 = not found (outside the caller's scope); invalid = 400/409.
/// </summary>
public static class Expectations
{
    public const string Ok = "ok";
    public const string Login = "login";
    public const string Denied = "denied";
    public const string NotFound = "404";
    public const string Invalid = "invalid";

    /// <summary>The shortest spec for these outcomes: the most common one as "*", the others by name.</summary>
    public static string Write(IReadOnlyDictionary<string, string> outcomes)
    {
        var common = outcomes.Values.GroupBy(v => v).OrderByDescending(g => g.Count()).First().Key;
        return string.Join(' ', MatrixWorld.CallerKeys.Where(k => outcomes[k] != common).Select(k => $"{k}={outcomes[k]}").Append($"*={common}"));
    }

    public static IReadOnlyDictionary<string, string> Parse(string spec)
    {
        var result = new Dictionary<string, string>();
        foreach (var part in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (who, what) = (part.Split('=')[0], part.Split('=')[1]);
            if (who == "*")
            {
                foreach (var key in MatrixWorld.CallerKeys.Where(k => !result.ContainsKey(k)))
                {
                    result[key] = what;
                }

                continue;
            }

            foreach (var key in MatrixWorld.CallerKeys.Where(k => k == who || (who.EndsWith('*') && k.StartsWith(who[..^1], StringComparison.Ordinal))))
            {
                result[key] = what;
            }
        }

        var missing = MatrixWorld.CallerKeys.Except(result.Keys).ToList();
        return missing.Count == 0 ? result : throw new InvalidOperationException($"'{spec}' says nothing for {string.Join(", ", missing)}.");
    }
}
