
namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>The life of a request: written as a draft, published to volunteers, then filled, closed, expired or cancelled.</summary>
public enum RequestStatus
{
    Draft,
    Published,
    Filled,
    Closed,
    Expired,
    Cancelled,
}

/// <summary>
/// An Anfrage: what a manager asks volunteers for, made from a need. Its texts passed the personal-data check before
/// it was published, and it names nobody: volunteers see this and nothing of the case. The meeting details are shown
/// only to confirmed volunteers while the request runs.
/// </summary>
public sealed class VolunteerRequest
{
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 2000;
    public const int MeetingMaxLength = 1000;
    public const int MaxPlaces = 20;

    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid NeedId { get; set; }

    public Guid MunicipalityId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    /// <summary>Keys of the volunteer skills catalogue.</summary>
    public List<string> Skills { get; set; } = [];

    /// <summary>Language codes the helper should speak (one of them is enough).</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>A single appointment: its day and time in German time. Null for a recurring request.</summary>
    public DateOnly? On { get; set; }

    public TimeOnly? From { get; set; }

    public TimeOnly? Until { get; set; }

    /// <summary>A recurring request: "Tuesday:Afternoon" and so on, as the volunteers' availability.</summary>
    public List<string> TimeWindows { get; set; } = [];

    public int Places { get; set; } = 1;

    /// <summary>How many sign-ups are confirmed; changed only by one conditional update, so it never exceeds <see cref="Places"/>.</summary>
    public int Confirmed { get; set; }

    /// <summary>Children are involved: only volunteers with a current conduct certificate check may help.</summary>
    public bool InvolvesChildren { get; set; }

    public DateOnly ExpiresOn { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>Where and how to meet, for confirmed volunteers only; checked like the request text.</summary>
    public string? MeetingDetails { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime? PublishedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<Signup> Signups { get; set; } = [];

    /// <summary>Open for sign-ups: published, not full, not past its expiry.</summary>
    public bool IsOpen(DateOnly today) => Status == RequestStatus.Published && Confirmed < Places && ExpiresOn >= today;

    /// <summary>Running: confirmed helpers may see the meeting details and mark their help done.</summary>
    public bool IsRunning => Status is RequestStatus.Published or RequestStatus.Filled;
}
