using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Core.Volunteers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationsNetz.Benchmarks;

/// <summary>
/// Mail outbox benchmark: one action queues 10,000 messages (one transaction), then the sender delivers them to a
/// local SMTP server (Debian's aiosmtpd with the Sink handler). Targets: queued in at most 5 s, at least 100 messages/s.
/// dotnet run -c Release --project tests/IntegrationsNetz.Benchmarks -- mail [count]
/// </summary>
public static class MailBenchmark
{
    public static async Task RunAsync(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "inetz-mail-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        using var smtp = Process.Start(new ProcessStartInfo("/usr/bin/python3", $"-m aiosmtpd -n -l 127.0.0.1:{port} -c aiosmtpd.handlers.Sink") { RedirectStandardError = true })!;
        try
        {
            await WaitForPortAsync(port);
            var services = Services(folder, port);
            using (var scope = services.CreateScope())
            {
                await PortalDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
            }

            var enqueued = TimeSpan.Zero;
            var queue = Stopwatch.StartNew();
            using (var scope = services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
                for (var i = 0; i < count; i++)
                {
                    outbox.Enqueue($"ehrenamt{i}@benchmark.example", "volunteer-approved", "de", new Dictionary<string, string>
                    {
                        ["Name"] = $"Person {i}", ["LinkUrl"] = "https://portal.example/ehrenamt", ["UnsubscribeUrl"] = $"https://portal.example/abmelden?token={i}",
                    }, $"https://portal.example/abmelden?token={i}");
                }

                enqueued = queue.Elapsed;
                await db.SaveChangesAsync();
            }

            queue.Stop();
            var sender = services.GetRequiredService<OutboxSender>();
            var send = Stopwatch.StartNew();
            var delivered = 0;
            while (delivered < count)
            {
                var sent = await sender.SendPendingAsync();
                if (sent == 0)
                {
                    throw new InvalidOperationException("Delivery stopped: " + sender.Problem);
                }

                delivered += sent;
            }

            send.Stop();
            var rate = delivered / send.Elapsed.TotalSeconds;
            Console.WriteLine();
            Console.WriteLine("| messages | queued in (s) | target | delivered in (s) | messages/s | target |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Console.WriteLine($"| {count:N0} | {queue.Elapsed.TotalSeconds:0.00} | <= 5 s {(queue.Elapsed.TotalSeconds <= 5 ? "met" : "MISSED")} | {send.Elapsed.TotalSeconds:0.00} | {rate:0} | >= 100 {(rate >= 100 ? "met" : "MISSED")} |");
            Console.WriteLine($"Of the queueing time: composing and tracking {enqueued.TotalSeconds:0.00} s, SaveChanges (one transaction) {(queue.Elapsed - enqueued).TotalSeconds:0.00} s");
            Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB (SQLite in {folder})");
        }
        finally
        {
            smtp.Kill(entireProcessTree: true);
        }
    }

    private static ServiceProvider Services(string folder, int port)
    {
        var data = new DataDirectory(folder);
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        // The options are bound from configuration (BindConfiguration); an empty one gives their defaults.
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton(data);
        services.AddSingleton(new PluginCatalog([]));
        services.AddContent().AddOrganisation().AddContentFiles().AddAccounts().AddMail().AddOffers().AddVolunteers().AddSearch();
        services.TryAddSingleton(TimeProvider.System);
        services.AddPortalData(new PortalOptions(), null, data);
        services.Configure<SmtpOptions>(o => (o.Host, o.Port, o.Security) = ("127.0.0.1", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "None"));
        return services.BuildServiceProvider();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("aiosmtpd did not start (apt-get install python3-aiosmtpd).");
    }
}
