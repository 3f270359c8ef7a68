namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>
/// That a fitting volunteer was told about a published request, or is to be told in their daily digest. One row per
/// request and volunteer, so nobody hears of the same request twice.
/// </summary>
public sealed class RequestNotice
{
    public Guid Id { get; set; }

    public Guid RequestId { get; set; }

    public Guid VolunteerId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Null while the notice waits for the volunteer's daily digest.</summary>
    public DateTime? SentAt { get; set; }
}
