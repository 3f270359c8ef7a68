
namespace IntegrationsNetz.Plugins.CaseMatching.Access;

// What the forms send. Every property is nullable on purpose: MVC treats a non-nullable reference as required and
// would answer in English; the services give the German messages instead. Dates come as text (see FormValues).

public sealed class SubstitutionForm
{
    public Guid? AbsentUserId { get; set; }

    public Guid? SubstituteUserId { get; set; }

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }
}
