namespace IntegrationsNetz.Core.Mail;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// A mail waiting to be sent: written in the same transaction as the change that causes it, so no message is lost
/// and none is sent for a change that was rolled back. The Message-Id is fixed when the row is written, so a retry
/// after a crash between sending and marking sends the same message again, never a different one.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public required string MessageId { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public required string HtmlBody { get; set; }

    /// <summary>Why the mail exists (opt-in, approval, password reset …), for the Postausgang and statistics.</summary>
    public required string Purpose { get; set; }

    /// <summary>For notifications: the one-click unsubscribe address (List-Unsubscribe, RFC 8058).</summary>
    public string? UnsubscribeUrl { get; set; }

    public string? AttachmentName { get; set; }

    public byte[]? AttachmentContent { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Which sender run holds the row, and until when; another node takes it over afterwards.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimedUntil { get; set; }
}
