namespace IntegrationsNetz.Plugins.CaseMatching.Access;

/// <summary>A Vertretung: the substitute sees the absent colleague's cases from one date to another, then no more.</summary>
public sealed class Substitution
{
    public Guid Id { get; set; }

    public Guid AbsentUserId { get; set; }

    public Guid SubstituteUserId { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string GrantedBy { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public bool IsActiveOn(DateOnly day) => StartsOn <= day && day <= EndsOn;
}

/// <summary>One read of a case: who, when, what. Shown to the case owner and to administrators.</summary>
public sealed class CaseAccessEntry
{
    public long Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid UserId { get; set; }

    public string UserEmail { get; set; } = string.Empty;

    public DateTime At { get; set; }

    /// <summary>What was read, e.g. "Fall", "Vorschläge", "Zugriffsprotokoll".</summary>
    public string What { get; set; } = string.Empty;
}
