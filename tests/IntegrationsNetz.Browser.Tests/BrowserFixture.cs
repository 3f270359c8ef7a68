using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests;

/// <summary>
/// The portal on a real Kestrel port with the demo content, and Debian's Chromium driven by Playwright.
/// The harness later journeys build on: one server and one browser per test class, a fresh page per test.
/// The host is set up as <see cref="PortalFactory"/> sets it up (data directory, demo content, administrator);
/// <see cref="Journeys.SmtpBrowserFixture"/> adds a real SMTP server.
/// </summary>
public class BrowserFixture : PortalFactory, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;

        // The first start builds the search index from the demo directory; wait for it, as a visitor would.
        await Services.GetRequiredService<IntegrationsNetz.Core.Search.SearchIndexer>().CatchUpAsync();
    }

    /// <summary>A new page in its own browser context; skips (or in CI fails) when Chromium is missing.</summary>
    public async Task<IPage> NewPageAsync(int width = 1024, int height = 768, bool javaScript = true, string locale = "de-DE")
    {
        var chromium = Requirements.Chromium();
        _playwright ??= await Playwright.CreateAsync();
        _browser ??= await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = javaScript, Locale = locale,
        });
        // CI runs the four test assemblies side by side on two cores (load average about 20), and a page load there once
        // passed Playwright's default 30 s. A page that hangs still fails, only later.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
