using System.Globalization;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Mail;

/// <summary>
/// The outbox against a real SMTP server that is down, slow or refusing: mails wait, are retried with backoff, and
/// arrive exactly once with the Message-Id of their row; a permanent refusal is kept for the Postausgang.
/// Short timeouts and retry waits via the settings, so nothing here waits long.
/// </summary>
public sealed class OutboxFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private SmtpServer _smtp = null!;
    private PortalFactory _portal = null!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpServer.StartAsync();
        _portal = new WithSmtp(_smtp.Port);
        _portal.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task While_the_server_is_down_mails_wait_with_the_reason_and_arrive_once_with_their_Message_Id_when_it_is_back()
    {
        await _smtp.StopAsync();
        var queued = await EnqueueAsync("amsel@ehrenamt.example", "drossel@ehrenamt.example", "meise@ehrenamt.example");

        await Poll.UntilAsync(async () => (await RowsAsync()).All(r => r.Attempts >= 1), Deadline, () => "no attempt was made");
        Assert.All(await RowsAsync(), r => Assert.Equal(OutboxStatus.Pending, r.Status));
        Assert.Contains("nicht erreichbar", _portal.Service<OutboxSender>().Problem);

        await _smtp.StartAgainAsync();
        await Poll.UntilAsync(async () => (await RowsAsync()).All(r => r.Status == OutboxStatus.Sent), Deadline, Describe);

        AssertDeliveredOnce(queued);
        Assert.Null(_portal.Service<OutboxSender>().Problem);
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_counts_as_a_temporary_failure_and_the_mail_arrives_once_when_it_answers_again()
    {
        // The timeout is one second; a server answering within it is slow, not down.
        _smtp.SetDelay(TimeSpan.FromMilliseconds(300));
        var slow = await EnqueueAsync("zeisig@ehrenamt.example");
        await Poll.UntilAsync(async () => (await RowsAsync()).All(r => r.Status == OutboxStatus.Sent), Deadline, Describe);
        AssertDeliveredOnce(slow);

        _smtp.SetDelay(TimeSpan.FromSeconds(3));
        var late = await EnqueueAsync("star@ehrenamt.example");
        await Poll.UntilAsync(async () => (await RowsAsync()).Single(r => r.Id == late[0].Id).Attempts >= 1, Deadline, Describe);
        var waiting = (await RowsAsync()).Single(r => r.Id == late[0].Id);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.NotNull(waiting.LastError);

        _smtp.SetDelay(null);
        await Poll.UntilAsync(async () => (await RowsAsync()).All(r => r.Status == OutboxStatus.Sent), Deadline, Describe);
        // Give a second round the chance to send it again, then count.
        await _portal.Service<OutboxSender>().SendPendingAsync();
        AssertDeliveredOnce([.. slow, .. late]);
    }

    [Fact]
    public async Task A_temporary_refusal_is_retried_a_permanent_one_is_kept_as_failed_and_the_other_mails_of_the_batch_arrive()
    {
        var temporary = $"{SmtpServer.TemporaryRefusal}@ehrenamt.example";
        var permanent = $"{SmtpServer.PermanentRefusal}@ehrenamt.example";
        var queued = await EnqueueAsync(temporary, permanent, "fink@ehrenamt.example");

        await Poll.UntilAsync(
            async () => await RowsAsync() is var rows
                && rows.Single(r => r.To == "fink@ehrenamt.example").Status == OutboxStatus.Sent
                && rows.Single(r => r.To == permanent).Status == OutboxStatus.Failed
                && rows.Single(r => r.To == temporary).Attempts >= 2,
            Deadline,
            Describe);

        var after = await RowsAsync();
        var refused = after.Single(r => r.To == permanent);
        Assert.StartsWith("550", refused.LastError);
        Assert.Equal(1, refused.Attempts);
        var busy = after.Single(r => r.To == temporary);
        Assert.Equal(OutboxStatus.Pending, busy.Status);
        Assert.StartsWith("451", busy.LastError);
        Assert.True(busy.NextAttemptAt > busy.CreatedAt, "a temporary refusal waits before the next attempt");
        AssertDeliveredOnce(queued.Where(m => m.To == "fink@ehrenamt.example").ToList());
        Assert.Empty(_smtp.MessagesTo(temporary));
        Assert.Empty(_smtp.MessagesTo(permanent));
    }

    private void AssertDeliveredOnce(IReadOnlyList<OutboxMessage> queued)
    {
        var delivered = _smtp.Messages();
        foreach (var message in queued)
        {
            var copies = delivered.Where(m => m.MessageId == message.MessageId).ToList();
            Assert.True(copies.Count == 1, $"{message.To}: {copies.Count} copies of {message.MessageId}");
            Assert.Equal(message.To, copies[0].To.Mailboxes.Single().Address);
        }
    }

    private async Task<List<OutboxMessage>> EnqueueAsync(params string[] addresses)
    {
        using var scope = _portal.Services.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        var messages = addresses.Select(to => outbox.Enqueue(to, "volunteer-approved", "de", new Dictionary<string, string>
        {
            ["Name"] = to, ["LinkUrl"] = "http://localhost/ehrenamt", ["UnsubscribeUrl"] = "http://localhost/abmelden",
        })).ToList();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        return messages;
    }

    private async Task<List<OutboxMessage>> RowsAsync()
    {
        using var scope = _portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
    }

    private string Describe()
    {
        using var scope = _portal.Services.CreateScope();
        var rows = scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.AsNoTracking().ToList();
        return $"outbox: {string.Join("; ", rows.Select(r => $"{r.To} {r.Status} {r.Attempts} {r.LastError}"))}; delivered {_smtp.Messages().Count}";
    }

    private sealed class WithSmtp(int port) : PortalFactory(new()
    {
        ["IntegrationsNetz:Smtp:Host"] = "127.0.0.1",
        ["IntegrationsNetz:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["IntegrationsNetz:Smtp:Security"] = "None",
        ["IntegrationsNetz:Smtp:TimeoutSeconds"] = "1",
        ["IntegrationsNetz:Outbox:RetrySeconds"] = "1",
        ["IntegrationsNetz:Outbox:ClaimSeconds"] = "3",
        ["IntegrationsNetz:ImportContentOnFirstBoot"] = "false",
    });
}
