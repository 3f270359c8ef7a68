using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.Volunteers;

public enum VolunteerStatus
{
    AwaitingConfirmation,
    AwaitingApproval,
    Approved,
}

public enum NotificationPreference
{
    Immediately,
    DailyDigest,
    None,
}

/// <summary>
/// A volunteer of an AK Asyl: the profile behind an account in the Volunteer role. Personal data here is seen by
/// coordinators and by managers of requests the volunteer signed up for, never publicly.
/// </summary>
public sealed class Volunteer
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    public string? Phone { get; set; }

    public string PreferredCulture { get; set; } = "de";

    public VolunteerStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    /// <summary>Set on every save of the profile (see <see cref="VolunteerChangeStamp"/>), so caches of volunteers see changes.</summary>
    public DateTime UpdatedAt { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public List<Municipality> Municipalities { get; set; } = [];

    /// <summary>"ar:C1", "fa:native": a language code and a CEFR level or "native".</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Keys of <see cref="VolunteerCatalog.Skills"/>.</summary>
    public List<string> Skills { get; set; } = [];

    /// <summary>"Monday:Morning" and so on; see <see cref="VolunteerCatalog.Slots"/>.</summary>
    public List<string> Availability { get; set; } = [];

    /// <summary>The volunteer circle (a directory offer) the volunteer belongs to.</summary>
    public Guid? VolunteerCircleId { get; set; }

    /// <summary>Führungszeugnis: only when it was seen, by whom, and when to look again. Never the document.</summary>
    public DateOnly? ConductCertificateSeenOn { get; set; }

    public string? ConductCertificateSeenBy { get; set; }

    public DateOnly? ConductCertificateRecheckOn { get; set; }

    public NotificationPreference Notifications { get; set; }

    /// <summary>A random token for the one-click unsubscribe link, which works without logging in.</summary>
    public string UnsubscribeToken { get; set; } = string.Empty;
}
