using System.Globalization;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace IntegrationsNetz.Browser.Tests.Journeys;

/// <summary>
/// The browser harness with its outbox delivering to a real SMTP server (Debian's aiosmtpd, see tests/Shared/SmtpServer.cs),
/// configured as Web.Tests' journeys configure it: the mails a person reads on the way are the ones that went over SMTP.
/// </summary>
public sealed class SmtpBrowserFixture : BrowserFixture
{
    public SmtpServer Smtp { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        // The server must listen before the host starts: the host reads its SMTP settings once, at start.
        Smtp = await SmtpServer.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("IntegrationsNetz:Smtp:Host", "127.0.0.1");
        builder.UseSetting("IntegrationsNetz:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("IntegrationsNetz:Smtp:Security", "None");
    }

    /// <summary>
    /// The newest mail to the address whose subject passes the test, once it arrived over SMTP. The outbox is worked off
    /// now (as its background sender would within seconds), and the Maildir is asked until the message is there.
    /// </summary>
    public async Task<MimeMessage> MailAsync(string to, Func<MimeMessage, bool>? which = null)
    {
        var sender = Services.GetRequiredService<OutboxSender>();
        MimeMessage? found = null;
        await Poll.UntilAsync(
            async () =>
            {
                await sender.SendPendingAsync();
                found = Smtp.MessagesTo(to).LastOrDefault(m => which?.Invoke(m) ?? true);
                return found is not null;
            },
            TimeSpan.FromSeconds(20),
            () => $"a mail to {to} over SMTP; sender problem: {sender.Problem}; delivered: {string.Join(" | ", Smtp.Messages().Select(m => $"{m.To} {m.Subject}"))}");
        return found!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }
    }
}
