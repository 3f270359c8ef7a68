using System.Net.Sockets;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IntegrationsNetz.Core.Mail;

/// <summary>
/// Delivers the outbox: claims a batch (several nodes never take the same row), sends it over one SMTP connection and
/// marks each message sent as soon as the server accepted it. The claim is short and renewed while the batch is sent,
/// so after a crash only the one message between the server's "250" and its database update can go out twice (the
/// receivers can tell by its Message-Id, fixed when the row was written), and the other rows are free again within
/// one claim time. Temporary failures (4xx, no answer, no connection) wait with exponential backoff; permanent ones
/// (5xx) are shown in the Postausgang. Without an SMTP host the messages are written as .eml files into the data directory.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes, IOptionsMonitor<SmtpOptions> smtp, IOptionsMonitor<OutboxOptions> outbox, DataDirectory data, TimeProvider time, ILogger<OutboxSender> logger, StartupGate? startup = null)
    : PeriodicBackgroundService(time, logger, startup)
{
    public const int BatchSize = 200;
    public const int MaxAttempts = 8;
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>What is wrong with the SMTP settings, or the last connection error; null when mail flows.</summary>
    public string? Problem { get; private set; }

    /// <summary>Sends everything that is due now. Returns the number of messages delivered.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var total = 0;
            while (true)
            {
                var sent = await SendBatchAsync(ct);
                total += sent.Delivered;
                if (sent.Claimed < BatchSize || sent.Delivered == 0)
                {
                    return total;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override TimeSpan Interval => PollInterval;

    protected override string WorkName => "Sending the outbox";

    protected override async Task RunOnceAsync(CancellationToken ct) => await SendPendingAsync(ct);

    /// <summary>
    /// How long a claim lasts: the setting, but at least two SMTP timeouts, so one slow answer cannot outlast a claim
    /// whose renewal is still working.
    /// </summary>
    private TimeSpan ClaimTime(SmtpOptions options) =>
        TimeSpan.FromSeconds(Math.Max(outbox.CurrentValue.ClaimSeconds, 2 * options.TimeoutSeconds + 1));

    private async Task<(int Claimed, int Delivered)> SendBatchAsync(CancellationToken ct)
    {
        var options = smtp.CurrentValue;
        Problem = options.Problem();
        if (Problem is not null)
        {
            return (0, 0);
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var claimTime = ClaimTime(options);
        var (token, until, batch) = await ClaimAsync(db, claimTime, ct);
        if (batch.Count == 0)
        {
            return (0, 0);
        }

        var delivered = 0;
        await using (var claim = new OutboxClaim(scopes, token, until, claimTime, Time, Logger))
        {
            try
            {
                delivered = options.UsesPickupFolder
                    ? await WriteToPickupAsync(batch, options, ct)
                    : await SendOverSmtpAsync(db, batch, claim, options, ct);
            }
            finally
            {
                await RecordAsync(db, token, claimTime);
            }
        }

        return (batch.Count, delivered);
    }

    /// <summary>
    /// Saves what happened to the batch and gives back the rows that were not attempted (stopped by a shutdown or a
    /// lost connection). When the database cannot be reached, the claim simply runs out.
    /// </summary>
    private async Task RecordAsync(PortalDbContext db, Guid token, TimeSpan claimTime)
    {
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            await OutboxClaim.ReleaseAsync(db, token);
        }
        catch (Exception e)
        {
            Logger.LogWarning("Could not record the outbox batch {Token}; its rows are free again in {ClaimTime}: {Reason}", token, claimTime, e.Message);
        }
    }

    private async Task<(Guid Token, DateTime Until, List<OutboxMessage> Batch)> ClaimAsync(PortalDbContext db, TimeSpan claimTime, CancellationToken ct)
    {
        var now = Clock.UtcNow(Time);
        var token = Guid.NewGuid();
        var until = now + claimTime;
        var pending = nameof(OutboxStatus.Pending);

        // PostgreSQL: rows locked by another node's claim are skipped, not waited for. SQLite has one writer anyway.
        // Only constants are spliced into the SQL; the values are parameters.
        var lockClause = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : string.Empty;
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $$"""
            UPDATE "OutboxMessages" SET "ClaimToken" = {0}, "ClaimedUntil" = {1}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "Status" = {2} AND "NextAttemptAt" <= {3} AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {3})
                ORDER BY "CreatedAt" LIMIT {{BatchSize}} {{lockClause}})
            """,
            [token, until, pending, now],
            ct);
#pragma warning restore EF1002
        return (token, until, await db.OutboxMessages.Where(m => m.ClaimToken == token).OrderBy(m => m.CreatedAt).ToListAsync(ct));
    }

    private async Task<int> WriteToPickupAsync(List<OutboxMessage> batch, SmtpOptions options, CancellationToken ct)
    {
        Directory.CreateDirectory(data.MailPickup);
        foreach (var message in batch)
        {
            // Named by Message-Id: writing the same message twice replaces the file instead of adding a second one,
            // so the batch is saved once at its end.
            var path = Path.Combine(data.MailPickup, $"{message.CreatedAt:yyyyMMddHHmmssfff}-{message.Id:N}.eml");
            await ToMime(message, options).WriteToAsync(path, ct);
            MarkSent(message);
        }

        return batch.Count;
    }

    private async Task<int> SendOverSmtpAsync(PortalDbContext db, List<OutboxMessage> batch, OutboxClaim claim, SmtpOptions options, CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            var security = Enum.TryParse<SecureSocketOptions>(options.Security, out var s) ? s : SecureSocketOptions.Auto;
            await client.ConnectAsync(options.Host!, options.PortNumber, security, ct);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, ct);
            }
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException or TimeoutException)
        {
            Problem = $"Der SMTP-Server {options.Host}:{options.PortNumber} ist nicht erreichbar: {e.Message}";
            Logger.LogWarning("SMTP server {Host}:{Port} unavailable: {Reason}", options.Host, options.PortNumber, e.Message);
            foreach (var message in batch)
            {
                Retry(message, e.Message);
            }

            return 0;
        }

        var delivered = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var message = batch[i];
            if (ct.IsCancellationRequested)
            {
                // Shutting down: the rest is given back at once (RecordAsync), not left claimed.
                break;
            }

            if (!claim.Holds(timeout))
            {
                // The claim could not be renewed and may lapse while this message is sent: leave the rest.
                Logger.LogWarning("Outbox claim {Token} not renewed; {Count} messages left for the next round", claim.Token, batch.Count - i);
                break;
            }

            try
            {
                // Not cancelled by a shutdown: a message cut off after the server took it would be sent again.
                await client.SendAsync(ToMime(message, options), CancellationToken.None);
            }
            catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
            {
                // The server refused this message for good (unknown mailbox, rejected content): no retry helps.
                Fail(message, $"{(int)e.StatusCode} {e.Message}");
                continue;
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or ServiceNotConnectedException or TimeoutException or OperationCanceledException)
            {
                var reason = e is SmtpCommandException command ? $"{(int)command.StatusCode} {e.Message}" : e.Message;
                Retry(message, reason);
                if (!client.IsConnected)
                {
                    Problem = $"Der SMTP-Server {options.Host}:{options.PortNumber} hat die Verbindung beendet: {e.Message}";
                    foreach (var rest in batch.Skip(i + 1))
                    {
                        Retry(rest, e.Message);
                    }

                    break;
                }

                continue;
            }

            // The server said 250: record it before the next message, so after a crash at most this one goes out again.
            MarkSent(message);
            await db.SaveChangesAsync(CancellationToken.None);
            delivered++;
        }

        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or TimeoutException)
        {
            // What was delivered is recorded already; a server that does not answer QUIT changes nothing.
        }

        return delivered;
    }

    private void MarkSent(OutboxMessage message)
    {
        message.Status = OutboxStatus.Sent;
        message.SentAt = Clock.UtcNow(Time);
        message.Attempts++;
        message.ClaimToken = null;
        message.ClaimedUntil = null;
        message.LastError = null;
        // Attachments are only needed until delivery; the row stays as the record of what was sent.
        message.AttachmentContent = null;
        if (message.Purpose == "account-deleted")
        {
            // The last mail to a deleted account: once delivered, the address is not kept.
            message.To = "geloescht@" + MailOutbox.Domain;
        }
    }

    private void Retry(OutboxMessage message, string reason)
    {
        message.Attempts++;
        message.LastError = Truncate(reason);
        message.ClaimToken = null;
        message.ClaimedUntil = null;
        if (message.Attempts >= MaxAttempts)
        {
            message.Status = OutboxStatus.Failed;
            return;
        }

        // 30 s, 1 min, 2 min … capped at 2 h.
        var delay = TimeSpan.FromSeconds(Math.Min(Math.Max(1, outbox.CurrentValue.RetrySeconds) * Math.Pow(2, message.Attempts - 1), 7200));
        message.NextAttemptAt = Clock.UtcNow(Time) + delay;
    }

    private void Fail(OutboxMessage message, string reason)
    {
        message.Attempts++;
        message.Status = OutboxStatus.Failed;
        message.LastError = Truncate(reason);
        message.ClaimToken = null;
        message.ClaimedUntil = null;
    }

    private static string Truncate(string text) => text.Length > 1000 ? text[..1000] : text;

    public static MimeMessage ToMime(OutboxMessage message, SmtpOptions options)
    {
        var mime = new MimeMessage { MessageId = message.MessageId, Subject = message.Subject, Date = message.CreatedAt };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.AttachmentName is { } name && message.AttachmentContent is { } content)
        {
            body.Attachments.Add(name, content, name.EndsWith(".ics", StringComparison.Ordinal) ? new ContentType("text", "calendar") : new ContentType("application", "octet-stream"));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
