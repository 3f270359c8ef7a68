using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;

namespace IntegrationsNetz.Core.Mail;

/// <summary>Adds mails to the outbox of the current unit of work; they leave when the change is saved, not before.</summary>
public sealed class MailOutbox(PortalDbContext db, MailComposer composer, TimeProvider time)
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
        db.OutboxMessages.Add(message);
        return message;
    }
}
