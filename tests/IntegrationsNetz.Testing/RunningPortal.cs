using System.Diagnostics;
using System.Text;

namespace IntegrationsNetz.Testing;

/// <summary>
/// The built portal running as its own process on a free loopback port, as an operator runs it: it can be asked over
/// HTTP, killed like <c>kill -9</c> and started again on the same data directory.
/// </summary>
public sealed class RunningPortal : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RunningPortal(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the portal and waits until /healthz answers (any status) or the process ends; <paramref name="environment"/>
    /// is given as environment variables (IntegrationsNetz__DataDirectory …).
    /// </summary>
    public static Task<RunningPortal> StartAsync(IDictionary<string, string> environment, bool waitForHealth = true) =>
        StartAsync(environment, waitForHealth, []);

    /// <summary>Starts a verb ("index rebuild", "content import") that a test may kill while it works.</summary>
    public static Task<RunningPortal> StartCommandAsync(IDictionary<string, string> environment, params string[] args) =>
        StartAsync(environment, waitForHealth: false, args);

    private static async Task<RunningPortal> StartAsync(IDictionary<string, string> environment, bool waitForHealth, string[] args)
    {
        var port = LoopbackPort.Free();
        var start = PortalProcess.StartInfo(environment, [.. args, "--urls", $"http://127.0.0.1:{port}"]);
        var portal = new RunningPortal(new Process { StartInfo = start }, port);
        portal._process.OutputDataReceived += (_, e) => portal.Append(e.Data);
        portal._process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        portal._process.Start();
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();
        if (waitForHealth)
        {
            await portal.WaitUntilAnsweringAsync();
        }

        return portal;
    }

    public async Task WaitUntilAnsweringAsync()
    {
        var end = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < end)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal ended with {_process.ExitCode} before it answered: {Output}");
            }

            try
            {
                // Until it answers healthy: while a first boot imports, the portal already listens and says 503.
                using var response = await Client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The portal did not answer within two minutes: " + Output);
    }

    /// <summary>Waits until the process wrote <paramref name="text"/>; fails if it ends first or the time is up.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var end = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                // The last lines may still be on their way from the pipe.
                await _process.WaitForExitAsync();
                if (Output.Contains(text, StringComparison.Ordinal))
                {
                    return;
                }

                throw new InvalidOperationException($"The process ended ({_process.ExitCode}) before it wrote \"{text}\": {Output}");
            }

            if (DateTime.UtcNow > end)
            {
                throw new TimeoutException($"\"{text}\" not written within {timeout}: {Output}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Ends the process at once, as kill -9 does: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for a process that ends by itself (a refused start).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Client.Dispose();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
