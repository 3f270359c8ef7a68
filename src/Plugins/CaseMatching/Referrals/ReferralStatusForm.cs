
namespace IntegrationsNetz.Plugins.CaseMatching.Referrals;

// What the forms send. Every property is nullable on purpose: MVC treats a non-nullable reference as required and
// would answer in English; the services give the German messages instead. Dates come as text (see FormValues).

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
