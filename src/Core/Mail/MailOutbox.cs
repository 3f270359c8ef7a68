using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Core.Mail;

/// <summary>
/// Adds mails to the outbox of the current unit of work; they leave when the change is saved, not before. No address
/// gets more than IntegrationsNetz:RateLimits:MailsPerAddressPerHour mails an hour, whichever feature sends them:
/// the rest are kept as "not sent" for the Postausgang, so nobody can use the portal to flood a mailbox.
/// </summary>
public sealed class MailOutbox(PortalDbContext db, MailComposer composer, TimeProvider time, IOptions<PortalOptions> options)
{
    public const string Domain = "integrationsnetz.example";

    public OutboxMessage Enqueue(string to, string template, string? culture, IReadOnlyDictionary<string, string> values, string? unsubscribeUrl = null, (string Name, byte[] Content)? attachment = null)
    {
        var mail = composer.Compose(template, culture, values);
        var now = Clock.UtcNow(time);
        var id = Guid.CreateVersion7();
        var message = new OutboxMessage
        {
            Id = id,
            MessageId = $"{id:N}@{Domain}",
            To = to,
            Subject = mail.Subject,
            TextBody = mail.TextBody,
            HtmlBody = mail.HtmlBody,
            Purpose = template,
            UnsubscribeUrl = unsubscribeUrl,
            AttachmentName = attachment?.Name,
            AttachmentContent = attachment?.Content,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        var limit = options.Value.RateLimits.MailsPerAddressPerHour;
        if (RecentMailsTo(to, now.AddHours(-1)) >= limit)
        {
            message.Status = OutboxStatus.Failed;
            message.LastError = $"Nicht gesendet: höchstens {limit} E-Mails je Stunde an dieselbe Adresse.";
        }

        db.OutboxMessages.Add(message);
        return message;
    }

    // Synchronous on purpose: Enqueue is called inside the callers' units of work and stays one call for them.
    private int RecentMailsTo(string to, DateTime since) =>
        db.OutboxMessages.Count(m => m.To == to && m.CreatedAt >= since && m.Status != OutboxStatus.Failed)
        + db.ChangeTracker.Entries<OutboxMessage>().Count(e => e.State == EntityState.Added && e.Entity.To == to && e.Entity.Status != OutboxStatus.Failed);
}
