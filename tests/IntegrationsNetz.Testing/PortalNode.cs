using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IntegrationsNetz.Testing;

/// <summary>
/// The built portal as a process of its own on a free port, running until disposed: a node as an operator starts it.
/// Its output is kept, so a test can read what the node logged.
/// </summary>
public sealed class PortalNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PortalNode(Process process, Uri address, string dataDirectory)
    {
        (_process, Address, DataDirectory) = (process, address, dataDirectory);
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string DataDirectory { get; }

    public IReadOnlyList<string> Output => _output.ToArray();

    /// <summary>Starts a node on a new data directory and returns once /healthz answers 200.</summary>
    public static async Task<PortalNode> StartAsync(IDictionary<string, string> environment)
    {
        var port = FreePort();
        var dataDirectory = TestPaths.NewTempDirectory("node");
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["IntegrationsNetz__DataDirectory"] = dataDirectory,
            ["IntegrationsNetz__ContentDirectory"] = TestPaths.DemoContent,
            ["IntegrationsNetz__Setup__AdminEmail"] = PortalFactory.AdminEmail,
            ["IntegrationsNetz__Setup__AdminPassword"] = PortalFactory.AdminPassword,
            ["IntegrationsNetz__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
        };
        foreach (var (key, value) in environment)
        {
            settings[key] = value;
        }

        var node = new PortalNode(Process.Start(PortalProcess.StartInfo(settings))!, new Uri($"http://127.0.0.1:{port}"), dataDirectory);
        try
        {
            await node.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }

        return node;
    }

    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan deadline)
    {
        using var client = Client();
        var end = DateTime.UtcNow + deadline;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal ended with {_process.ExitCode}:\n{string.Join('\n', Output)}");
            }

            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > end)
            {
                throw new TimeoutException($"The portal did not answer /healthz within {deadline}:\n{string.Join('\n', Output)}");
            }

            await Task.Delay(50);
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
