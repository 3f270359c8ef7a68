using IntegrationsNetz.Plugins.CaseMatching.Plans;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

public enum CaseStatus
{
    Open,
    OnHold,
    Closed,
}

/// <summary>Household in broad categories only: enough to plan, too coarse to identify anyone.</summary>
public enum HouseholdType
{
    SinglePerson,
    Couple,
    SingleParent,
    FamilyWithChildren,
    Other,
}

public enum HouseholdSize
{
    One,
    Two,
    ThreeToFour,
    FiveOrMore,
}

/// <summary>
/// A Fall: a household counselled by integration managers, known only by its pseudonymous code
/// (e.g. OFT-2026-0042). Names, birth dates, addresses and phone numbers never go here.
/// </summary>
public sealed class Case
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public Guid MunicipalityId { get; set; }

    /// <summary>The responsible manager.</summary>
    public Guid OwnerId { get; set; }

    /// <summary>The tandem partner, who shares the case.</summary>
    public Guid? PartnerId { get; set; }

    public HouseholdType Household { get; set; }

    public HouseholdSize HouseholdSize { get; set; }

    public CaseStatus Status { get; set; }

    public DateOnly OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The written reason for a fourth year of counselling.</summary>
    public string? ExtensionReason { get; set; }

    /// <summary>Confidential: never indexed, never in a mail, a request or an export.</summary>
    public string? Notes { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<Consent> Consents { get; set; } = [];

    public List<Goal> Goals { get; set; } = [];

    public bool IsResponsible(Guid userId) => OwnerId == userId || PartnerId == userId;
}
