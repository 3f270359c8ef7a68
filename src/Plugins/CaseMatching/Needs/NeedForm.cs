
namespace IntegrationsNetz.Plugins.CaseMatching.Needs;

// What the forms send. Every property is nullable on purpose: MVC treats a non-nullable reference as required and
// would answer in English; the services give the German messages instead. Dates come as text (see FormValues).

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
