using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace IntegrationsNetz.Testing;

/// <summary>
/// Debian's aiosmtpd on a free loopback port, storing every message as a file (a Maildir). Can be stopped and started
/// again on the same port to simulate an outage.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly string _python;
    private Process? _process;

    private SmtpServer(string python, int port, string maildir)
    {
        (_python, Port, Maildir) = (python, port, maildir);
    }

    public int Port { get; }

    public string Maildir { get; }

    public static async Task<SmtpServer> StartAsync()
    {
        var python = Requirements.SmtpServerPython();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        // aiosmtpd creates the Maildir (new/, cur/, tmp/) only when the folder does not exist yet.
        var server = new SmtpServer(python, port, Path.Combine(TestPaths.NewTempDirectory("smtp"), "maildir"));
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(_python) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"aiosmtpd did not start on port {Port}: {await _process.StandardError.ReadToEndAsync()}");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process = null;
    }

    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).OrderBy(m => m.Date).ToList()
            : [];
    }

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Messages().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    public async ValueTask DisposeAsync() => await StopAsync();
}
