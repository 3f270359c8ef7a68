using AngleSharp.Html.Parser;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests.Journeys;

/// <summary>
/// What every page of a journey must pass: no serious or critical axe finding, markup without HTML parse errors or
/// duplicate ids, and nothing wider than the screen. Each failure names the page and what was found.
/// </summary>
public static class PageChecks
{
    // Only the violations are read, so axe is asked to report nothing else (no passes, no incomplete checks).
    private static readonly Deque.AxeCore.Commons.AxeRunOptions ViolationsOnly = new() { ResultTypes = [Deque.AxeCore.Commons.ResultType.Violations] };

    /// <param name="scripts">
    /// False for a page opened with JavaScript switched off: axe and the width check run as scripts in the page, so
    /// only the markup is checked there (the same pages are checked in full with scripts on).
    /// </param>
    public static async Task AssertSoundAsync(IPage page, IResponse? response, bool scripts = true)
    {
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        var html = await response.TextAsync();
        var problems = MarkupProblems(html);
        Assert.True(problems.Count == 0, $"{page.Url}: {string.Join("; ", problems)}");
        if (scripts)
        {
            await AssertAccessibleAsync(page);
        }
    }

    /// <summary>The checks that need only the rendered page (after a click that changed it without a new response).</summary>
    /// <param name="anyImpact">Refuse every axe finding, not only the serious and critical ones (the search pages).</param>
    public static async Task AssertAccessibleAsync(IPage page, bool anyImpact = false)
    {
        var axe = await page.RunAxe(ViolationsOnly);
        var serious = axe.Violations.Where(v => anyImpact || v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
        await BrowserPages.AssertFitsAsync(page);
    }

    /// <summary>HTML parse errors (as the WHATWG parser reports them) and ids used twice.</summary>
    public static IReadOnlyList<string> MarkupProblems(string html)
    {
        var problems = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => problems.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Message} at line {error.Position.Line}, column {error.Position.Column}" : "parse error");
        var document = parser.ParseDocument(html);
        problems.AddRange(document.All.Where(e => !string.IsNullOrEmpty(e.Id)).GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"id \"{g.Key}\" used {g.Count()} times"));
        return problems;
    }

    /// <summary>Runs an action that leads to another page, and answers that page's response (for its markup).</summary>
    public static async Task<IResponse> NavigationAsync(IPage page, Func<Task> action)
    {
        // The requests still open are kept so that a page that never finishes loading says what it waits for.
        var open = new System.Collections.Concurrent.ConcurrentDictionary<IRequest, DateTime>();
        void Started(object? sender, IRequest request) => open[request] = DateTime.UtcNow;
        void Ended(object? sender, IRequest request) => open.TryRemove(request, out _);
        page.Request += Started;
        page.RequestFinished += Ended;
        page.RequestFailed += Ended;
        try
        {
            var response = await page.RunAndWaitForResponseAsync(action, r => r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame && r.Status != 302);
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load);
            }
            catch (TimeoutException e)
            {
                var pending = string.Join("; ", open.Select(o => $"{o.Key.Method} {o.Key.Url} (open since {o.Value:HH:mm:ss.fff})"));
                throw new TimeoutException($"{page.Url} did not finish loading; open requests: {(pending.Length > 0 ? pending : "none")}", e);
            }

            return response;
        }
        finally
        {
            page.Request -= Started;
            page.RequestFinished -= Ended;
            page.RequestFailed -= Ended;
        }
    }

    /// <summary>Moves the focus with the Tab key until it rests on the element, as a keyboard user would reach it.</summary>
    public static async Task TabToAsync(IPage page, string selector, int maxPresses = 120)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        Assert.Fail($"{page.Url}: {selector} cannot be reached with the Tab key ({maxPresses} presses)");
    }
}
