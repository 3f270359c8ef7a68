using IntegrationsNetz.Web.Common.Forms;

namespace IntegrationsNetz.Plugins.CaseMatching.Plans;

// What the forms send. Every property is nullable on purpose: MVC treats a non-nullable reference as required and
// would answer in English; the services give the German messages instead. Dates come as text (see FormValues).

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
    public static GoalForm New(DateOnly today) => new() { ConversationOn = FormValues.Input(today) };

    /// <summary>A goal to change in today's conversation.</summary>
    public static GoalForm From(Goal g, DateOnly today) => new()
    {
        Area = g.Area.ToString(),
        Description = g.Description,
        TargetDate = FormValues.Input(g.TargetDate),
        ReviewDate = FormValues.Input(g.ReviewDate),
        Status = g.Status.ToString(),
        StatusReason = g.StatusReason,
        ConversationOn = FormValues.Input(today),
    };

    public GoalInput ToInput(DateOnly? target, DateOnly? review, DateOnly? conversation) =>
        new(Area, Description, target, review, Status, StatusReason, conversation);
}
