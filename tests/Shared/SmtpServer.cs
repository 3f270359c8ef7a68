using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace IntegrationsNetz.Testing;

/// <summary>
/// Debian's aiosmtpd on a free loopback port, storing every message as a file (a Maildir). Can be stopped and started
/// again on the same port to simulate an outage, made slow (<see cref="SetDelay"/>), and refuses recipients whose
/// address starts with <see cref="TemporaryRefusal"/> (451) or <see cref="PermanentRefusal"/> (550), as a real server
/// does for a full or an unknown mailbox.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    public const string TemporaryRefusal = "postfach-voll";
    public const string PermanentRefusal = "postfach-unbekannt";

    // A Mailbox handler that reads its delay from a file before answering MAIL FROM (so a message is never stored
    // after the client gave up on it) and refuses recipients by the start of their address.
    private const string Handler = """
        import asyncio, os
        from aiosmtpd.handlers import Mailbox

        class FaultableMailbox(Mailbox):
            def __init__(self, mail_dir):
                super().__init__(mail_dir)
                self.delay_file = os.path.join(os.path.dirname(os.path.abspath(mail_dir)), "delay")

            async def handle_MAIL(self, server, session, envelope, address, mail_options):
                try:
                    with open(self.delay_file) as f:
                        await asyncio.sleep(float(f.read().strip() or "0"))
                except FileNotFoundError:
                    pass
                envelope.mail_from = address
                envelope.mail_options.extend(mail_options)
                return "250 OK"

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.startswith("postfach-voll"):
                    return "451 4.2.1 Mailbox busy, try again later"
                if address.startswith("postfach-unbekannt"):
                    return "550 5.1.1 No such user"
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;

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
        var port = LoopbackPort.Free();
        // aiosmtpd creates the Maildir (new/, cur/, tmp/) only when the folder does not exist yet.
        var server = new SmtpServer(python, port, Path.Combine(TestPaths.NewTempDirectory("smtp"), "maildir"));
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(_python) { RedirectStandardError = true, RedirectStandardOutput = true };
        var folder = Path.GetDirectoryName(Maildir)!;
        File.WriteAllText(Path.Combine(folder, "faultable_smtp.py"), Handler);
        start.Environment["PYTHONPATH"] = folder;
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "faultable_smtp.FaultableMailbox", Maildir })
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

    /// <summary>From now on the server waits this long before it answers MAIL FROM (null: answers at once).</summary>
    public void SetDelay(TimeSpan? delay) =>
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Maildir)!, "delay"), (delay ?? TimeSpan.Zero).TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

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
