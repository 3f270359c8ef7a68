using IntegrationsNetz.Core.Configuration;
using MimeKit;

namespace IntegrationsNetz.Core.Mail;

public sealed record PortalMail(string To, string Subject, string TextBody, string HtmlBody);

/// <summary>
/// The embedded delivery: each message becomes an .eml file in the data directory's pickup folder,
/// where an operator (or a test) can read it. The SMTP outbox replaces this for real delivery.
/// </summary>
public sealed class MailPickup(DataDirectory dataDirectory, TimeProvider time)
{
    public const string FromAddress = "no-reply@integrationsnetz.example";

    public async Task<string> WriteAsync(PortalMail mail, CancellationToken ct = default)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("IntegrationsNetz", FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = time.GetUtcNow();
        message.MessageId = $"{Guid.CreateVersion7():N}@integrationsnetz.example";
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        Directory.CreateDirectory(dataDirectory.MailPickup);
        var path = Path.Combine(dataDirectory.MailPickup, $"{time.GetUtcNow():yyyyMMddHHmmssfff}-{message.MessageId.Split('@')[0]}.eml");
        await message.WriteToAsync(path, ct);
        return path;
    }
}
