
namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

// What the forms send. Every property is nullable on purpose: MVC treats a non-nullable reference as required and
// would answer in English; the services give the German messages instead. Dates come as text (see FormValues).

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
