using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>Whether a case may still be changed: not once it is closed, and not past its counselling time.</summary>
public static class CaseGuard
{
    public static OperationResult CanEdit(Case c, DateOnly today)
    {
        if (c.Status == CaseStatus.Closed)
        {
            return OperationResult.Conflict("Status", Texts.Format("CaseClosed", Texts.Date(c.ClosedOn ?? today)));
        }

        return CounsellingClock.State(c.OpenedOn, c.ExtensionReason, today) switch
        {
            ClockState.ExtensionNeeded => OperationResult.Conflict("ExtensionReason", Texts.Get("CaseNeedsExtension")),
            ClockState.Ended => OperationResult.Conflict("Status", Texts.Get("CaseCounsellingEnded")),
            _ => OperationResult.Ok,
        };
    }

    /// <summary>What a consent-bound action needs; the message names the missing consent.</summary>
    public static OperationResult Requires(Case c, ConsentPurpose purpose) =>
        c.Consents.Any(x => x.Purpose == purpose && x.IsActive)
            ? OperationResult.Ok
            : OperationResult.Conflict("Consent", Texts.Format("ConsentMissing", Texts.Label(purpose)));
}
