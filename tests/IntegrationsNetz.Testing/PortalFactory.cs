using System.Collections.Concurrent;
using IntegrationsNetz.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationsNetz.Testing;

/// <summary>
/// A real portal host on its own data directory (SQLite file, mail pickup folder) with the demo content
/// imported at first boot, unless a test asks for something else.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@integrationsnetz.example";
    public const string AdminPassword = "ein langes Test-Passwort 2026";

    private readonly Dictionary<string, string?> _settings;

    public PortalFactory()
        : this(null)
    {
    }

    protected PortalFactory(Dictionary<string, string?>? settings)
    {
        DataDirectory = TestPaths.NewTempDirectory("data");
        _settings = new Dictionary<string, string?>
        {
            ["IntegrationsNetz:DataDirectory"] = DataDirectory,
            ["IntegrationsNetz:ContentDirectory"] = TestPaths.DemoContent,
            ["IntegrationsNetz:Setup:AdminEmail"] = AdminEmail,
            ["IntegrationsNetz:Setup:AdminPassword"] = AdminPassword,
            ["IntegrationsNetz:PublicBaseUrl"] = "http://localhost",
        };

        // All requests of the in-memory client come from one (absent) address and a test class signs in often, so
        // the per-client limits would count a whole class as one stranger. Security/ThrottlingTests lowers them again.
        foreach (var rule in (string[])["Login", "PasswordReset", "Registration", "Confirmation"])
        {
            _settings[$"IntegrationsNetz:RateLimits:{rule}:PerClient"] = "100000";
            _settings[$"IntegrationsNetz:RateLimits:{rule}:PerAccount"] = "100000";
        }

        _settings["IntegrationsNetz:RateLimits:FreeLoginFailuresPerClient"] = "1000";

        // The daily jobs' first round runs right after start, while a test sets up its cases: on a slow machine it came
        // after the set-up and deleted closed cases a test had just made (retention) or sent the digest it was about to
        // ask for. Tests run those services themselves; SeveralNodesTests runs the jobs in real processes.
        _settings["IntegrationsNetz:CaseMatching:DailyJobs"] = "false";
        _settings["IntegrationsNetz:RateLimits:MailsPerAddressPerHour"] = "10000";
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public string MailPickup => Path.Combine(DataDirectory, "mail", "pickup");

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CollectingLoggerProvider(Logs)));
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();
}

internal sealed class CollectingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CollectingLogger(sink);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue(formatter(state, exception));
    }
}
