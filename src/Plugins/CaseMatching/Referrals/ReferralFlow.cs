namespace IntegrationsNetz.Plugins.CaseMatching.Referrals;

/// <summary>
/// Which status may follow which: suggested, contacted, accepted (registered), started, completed; declined or
/// cancelled end it early. "Completed" only after "started", so a referral cannot be closed as a success before the
/// person ever went. A wrong final status is not edited but corrected, with a reason, by the case's manager.
/// </summary>
public static class ReferralFlow
{
    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Next = new()
    {
        [ReferralStatus.Suggested] = [ReferralStatus.Contacted, ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Cancelled],
        [ReferralStatus.Contacted] = [ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Cancelled],
        [ReferralStatus.Accepted] = [ReferralStatus.Started, ReferralStatus.Declined, ReferralStatus.Cancelled],
        [ReferralStatus.Started] = [ReferralStatus.Completed, ReferralStatus.Cancelled],
        [ReferralStatus.Completed] = [],
        [ReferralStatus.Declined] = [],
        [ReferralStatus.Cancelled] = [],
    };

    /// <summary>The statuses in the order a referral moves, for choices and messages.</summary>
    public static IReadOnlyList<ReferralStatus> InOrder { get; } =
    [
        ReferralStatus.Suggested, ReferralStatus.Contacted, ReferralStatus.Accepted, ReferralStatus.Started, ReferralStatus.Completed,
        ReferralStatus.Declined, ReferralStatus.Cancelled,
    ];

    public static IReadOnlyList<ReferralStatus> Allowed(ReferralStatus from) => Next[from];

    public static bool CanMove(ReferralStatus from, ReferralStatus to) => Next[from].Contains(to);

    public static bool IsFinal(ReferralStatus status) => Next[status].Length == 0;

    /// <summary>What a correction may set: any status but the current one.</summary>
    public static IEnumerable<ReferralStatus> Corrections(ReferralStatus current) => InOrder.Where(s => s != current);
}
