namespace IntegrationsNetz.Plugins.CaseMatching.Plans;

/// <summary>A goal as written in a conversation; <see cref="ConversationOn"/> is that conversation's date (today if empty).</summary>
public sealed record GoalInput(
    string? Area,
    string? Description,
    DateOnly? TargetDate,
    DateOnly? ReviewDate,
    string? Status,
    string? StatusReason,
    DateOnly? ConversationOn);
