using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Plans;

namespace IntegrationsNetz.Plugins.CaseMatching.Pages;

// What the forms send. Every property is nullable on purpose: MVC treats a non-nullable reference as required and
// would answer in English; the services give the German messages instead. Dates come as text (see FormDates).

public sealed class NewCaseForm
{
    public Guid? MunicipalityId { get; set; }

    public string? Household { get; set; }

    public string? HouseholdSize { get; set; }

    public Guid? PartnerId { get; set; }

    public string? OpenedOn { get; set; }
}

public sealed class CaseForm
{
    public string? Status { get; set; }

    public Guid? PartnerId { get; set; }

    public string? Household { get; set; }

    public string? HouseholdSize { get; set; }

    public string? Notes { get; set; }

    public static CaseForm From(Case c) => new()
    {
        Status = c.Status.ToString(), PartnerId = c.PartnerId, Household = c.Household.ToString(), HouseholdSize = c.HouseholdSize.ToString(), Notes = c.Notes,
    };

    public CaseInput ToInput(string? extensionReason = null) => new(null, PartnerId, Household, HouseholdSize, Status, null, extensionReason, Notes);
}

public sealed class ConsentForm
{
    public string? Purpose { get; set; }

    public bool Withdraw { get; set; }

    public string? TextVersion { get; set; }

    public string? On { get; set; }
}

public sealed class GoalForm
{
    public string? Area { get; set; }

    public string? Description { get; set; }

    public string? TargetDate { get; set; }

    public string? ReviewDate { get; set; }

    public string? Status { get; set; }

    public string? StatusReason { get; set; }

    public string? ConversationOn { get; set; }

    /// <summary>A new goal: the conversation is today's unless changed.</summary>
    public static GoalForm New(DateOnly today) => new() { ConversationOn = FormDates.Input(today) };

    /// <summary>A goal to change in today's conversation.</summary>
    public static GoalForm From(Goal g, DateOnly today) => new()
    {
        Area = g.Area.ToString(),
        Description = g.Description,
        TargetDate = FormDates.Input(g.TargetDate),
        ReviewDate = FormDates.Input(g.ReviewDate),
        Status = g.Status.ToString(),
        StatusReason = g.StatusReason,
        ConversationOn = FormDates.Input(today),
    };

    public GoalInput ToInput(DateOnly? target, DateOnly? review, DateOnly? conversation) =>
        new(Area, Description, target, review, Status, StatusReason, conversation);
}

public sealed class NeedForm
{
    public string? Municipality { get; set; }

    public string? GermanLevel { get; set; }

    public List<string>? TimeWindows { get; set; }

    public bool ChildcareNeeded { get; set; }

    public bool WomenOnly { get; set; }

    public List<string>? Languages { get; set; }

    public string? MaxTravelKm { get; set; }
}

public sealed class ReferralStatusForm
{
    public string? Status { get; set; }

    public string? On { get; set; }

    public string? Note { get; set; }
}

public sealed class ReferralCorrectionForm
{
    public string? Status { get; set; }

    public string? Reason { get; set; }
}

public sealed class SubstitutionForm
{
    public Guid? AbsentUserId { get; set; }

    public Guid? SubstituteUserId { get; set; }

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }
}
