namespace IntegrationsNetz.Plugins.CaseMatching.Engagement;

/// The data of an Ehrenamtsnachweis: only the volunteer, the circle and what they did, never a case detail.
public sealed record EngagementCertificate(
    string VolunteerName,
    string? VolunteerCircle,          // name of the AK Asyl (a directory offer), may be null
    IReadOnlyList<string> Municipalities, // names of the municipalities the volunteer helped in
    DateOnly IssuedOn,
    IReadOnlyList<EngagementYear> Years);

public sealed record EngagementYear(int Year, decimal Hours, IReadOnlyList<EngagementActivity> Activities);

public sealed record EngagementActivity(string Title, DateOnly On, decimal Hours); // Title = the anonymised request title, e.g. "Begleitung zur Ausländerbehörde"
