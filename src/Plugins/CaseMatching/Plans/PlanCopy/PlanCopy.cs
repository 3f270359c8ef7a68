using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Plugins.CaseMatching.Plans.PlanCopy;

/// <summary>What the person's copy of the plan shows: the goals as written, the next appointment, the offers they were referred to.</summary>
public sealed record PlanCopy(
    PortalCulture Culture,
    string CaseCode,
    string Municipality,
    DateOnly AsOf,
    IReadOnlyList<PlanCopyGoal> Goals,
    DateOnly? NextAppointment,
    IReadOnlyList<PlanCopyOffer> Offers);

public sealed record PlanCopyGoal(GoalArea Area, string Description, GoalStatus Status, DateOnly? TargetDate);

/// <summary>An offer with what the person needs to get there: its name (in their language where the offer has it), address, times, contact.</summary>
public sealed record PlanCopyOffer(string Title, string? Address, string? Times, string? Contact);
