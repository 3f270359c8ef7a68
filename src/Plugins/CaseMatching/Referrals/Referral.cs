namespace IntegrationsNetz.Plugins.CaseMatching.Referrals;

/// <summary>
/// The steps of a referral; which step may follow which is <see cref="ReferralFlow"/>'s. Stored by name, so new steps
/// go at the end without a migration.
/// </summary>
public enum ReferralStatus
{
    Suggested,
    Contacted,
    Accepted,
    Declined,
    Completed,
    Started,
    Cancelled,
}

/// <summary>A Vermittlung: a need linked to a directory offer, with its history.</summary>
public sealed class Referral
{
    public Guid Id { get; set; }

    public Guid NeedId { get; set; }

    public Guid OfferId { get; set; }

    /// <summary>The offer's title when referred, so the history reads well after the offer is gone.</summary>
    public string OfferTitle { get; set; } = string.Empty;

    public ReferralStatus Status { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<ReferralEvent> Events { get; set; } = [];

    public bool IsFinal => ReferralFlow.IsFinal(Status);
}

public sealed class ReferralEvent
{
    public Guid Id { get; set; }

    public Guid ReferralId { get; set; }

    public ReferralStatus Status { get; set; }

    public DateOnly On { get; set; }

    public string? Note { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public DateTime ChangedAt { get; set; }
}
