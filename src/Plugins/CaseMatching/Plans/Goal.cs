namespace IntegrationsNetz.Plugins.CaseMatching.Plans;

/// <summary>Handlungsfeld of the integration plan.</summary>
public enum GoalArea
{
    Sprache,
    Arbeit,
    Ausbildung,
    SchuleBildung,
    Kinderbetreuung,
    Gesundheit,
    Aufenthaltsrecht,
    Wohnen,
    Teilhabe,
}

public enum GoalStatus
{
    Open,
    InProgress,
    Achieved,
    Adapted,
    Abandoned,
}

/// <summary>A goal of the individual integration plan; every change is kept as a <see cref="GoalRevision"/>.</summary>
public sealed class Goal
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public GoalArea Area { get; set; }

    public string Description { get; set; } = string.Empty;

    public DateOnly? TargetDate { get; set; }

    /// <summary>Wiedervorlage: when the goal is looked at again in a conversation.</summary>
    public DateOnly? ReviewDate { get; set; }

    public GoalStatus Status { get; set; }

    public string? StatusReason { get; set; }

    /// <summary>The conversation in which the goal was last set or changed.</summary>
    public DateOnly ConversationOn { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<GoalRevision> Revisions { get; set; } = [];

    public bool IsActive => Status is GoalStatus.Open or GoalStatus.InProgress;
}

/// <summary>The goal as it was after one change, so a later conversation sees how the plan moved.</summary>
public sealed class GoalRevision
{
    public Guid Id { get; set; }

    public Guid GoalId { get; set; }

    public int Version { get; set; }

    public DateOnly ConversationOn { get; set; }

    public GoalArea Area { get; set; }

    public string Description { get; set; } = string.Empty;

    public DateOnly? TargetDate { get; set; }

    public DateOnly? ReviewDate { get; set; }

    public GoalStatus Status { get; set; }

    public string? StatusReason { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public DateTime ChangedAt { get; set; }
}
