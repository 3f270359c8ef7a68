namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>A Zusage's steps: the volunteer offers, the manager confirms or declines, the volunteer may withdraw.</summary>
public enum SignupStatus
{
    Pending,
    Confirmed,
    Declined,
    Withdrawn,
    Completed,
    Cancelled,
}

/// <summary>
/// A volunteer's sign-up for a request. It links the volunteer to the request, never to the case: the manager sees the
/// volunteer's name and contact because of it, the volunteer sees the meeting details once it is confirmed.
/// </summary>
public sealed class Signup
{
    public const int MessageMaxLength = 1000;
    public const decimal MaxHours = 200m;

    public Guid Id { get; set; }

    public Guid RequestId { get; set; }

    public Guid VolunteerId { get; set; }

    public string? Message { get; set; }

    public SignupStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public decimal? Hours { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public string? CompletedBy { get; set; }

    /// <summary>When the reminder for a dated appointment went out, so it goes out once.</summary>
    public DateTime? RemindedAt { get; set; }

    public VolunteerRequest? Request { get; set; }

    /// <summary>Still taking part: counts against the request's places or waits for a decision.</summary>
    public bool IsActive => Status is SignupStatus.Pending or SignupStatus.Confirmed;
}
