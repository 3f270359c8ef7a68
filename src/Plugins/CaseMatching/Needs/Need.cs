using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;

namespace IntegrationsNetz.Plugins.CaseMatching.Needs;

/// <summary>
/// A Bedarf: the anonymised descriptor of a goal that matching works on. It holds no free text and nothing that
/// names or identifies the person, so it may leave the case.
/// </summary>
public sealed class Need
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid GoalId { get; set; }

    public GoalArea Area { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary>The person's German level now.</summary>
    public CefrLevel? GermanLevel { get; set; }

    /// <summary>"Monday:Morning" and so on, as the volunteers' availability.</summary>
    public List<string> TimeWindows { get; set; } = [];

    public bool ChildcareNeeded { get; set; }

    public bool WomenOnly { get; set; }

    /// <summary>Language codes the person speaks.</summary>
    public List<string> Languages { get; set; } = [];

    public int MaxTravelKm { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public List<Referral> Referrals { get; set; } = [];
}
