namespace IntegrationsNetz.Core.Volunteers;

public sealed record VolunteerProfileInput(
    string? DisplayName,
    string? Phone,
    string? PreferredCulture,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Availability,
    string? Notifications = null,
    Guid? VolunteerCircleId = null);

public sealed record VolunteerRegistration(string? Email, string? Password, bool PrivacyConsent, VolunteerProfileInput Profile);

/// <summary>Everything the portal holds about a volunteer, for the self-service export (Art. 15 and 20 GDPR).</summary>
public sealed record VolunteerExport(
    string Email,
    string DisplayName,
    string? Phone,
    string PreferredCulture,
    string Status,
    DateTime RegisteredAt,
    DateTime? ConfirmedAt,
    DateTime? ApprovedAt,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Availability,
    Guid? VolunteerCircleId,
    DateOnly? ConductCertificateSeenOn,
    DateOnly? ConductCertificateRecheckOn,
    string Notifications,
    IReadOnlyList<string> MailsSent);

/// <summary>A row of the coordinators' list: the profile and the account's address.</summary>
public sealed record VolunteerListing(Volunteer Volunteer, string Email);
