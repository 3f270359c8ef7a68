using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>A case as sent: <see cref="Municipality"/> is the municipality's slug.</summary>
public sealed record CaseWriteDto(
    string? Municipality, Guid? PartnerId, string? Household, string? HouseholdSize, string? Status, DateOnly? OpenedOn, string? ExtensionReason, string? Notes);

public sealed record CaseSummaryDto(Guid Id, string Code, string Municipality, string Status, DateOnly OpenedOn, DateOnly? ClosedOn, string Clock);

public sealed record ClockDto(string State, DateOnly WarningOn, DateOnly EndsOn, string? ExtensionReason);

public sealed record ConsentDto(Guid Id, string Purpose, string TextVersion, DateOnly GivenOn, DateOnly? WithdrawnOn, bool Active, string RecordedBy);

public sealed record GoalRevisionDto(int Version, DateOnly ConversationOn, string Area, string Description, DateOnly? TargetDate, DateOnly? ReviewDate,
    string Status, string? StatusReason, string ChangedBy, DateTime ChangedAt);

public sealed record ReferralEventDto(string Status, DateOnly On, string? Note, string ChangedBy, DateTime ChangedAt);

public sealed record ReferralDto(Guid Id, Guid NeedId, Guid OfferId, string OfferTitle, string Status, string? Note, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<ReferralEventDto> History);

public sealed record NeedDto(Guid Id, Guid CaseId, Guid GoalId, string Area, string Municipality, string? GermanLevel, IReadOnlyList<string> TimeWindows,
    bool ChildcareNeeded, bool WomenOnly, IReadOnlyList<string> Languages, int MaxTravelKm, IReadOnlyList<ReferralDto> Referrals);

public sealed record GoalDto(Guid Id, string Area, string Description, DateOnly? TargetDate, DateOnly? ReviewDate, string Status, string? StatusReason,
    DateOnly ConversationOn, int Version, IReadOnlyList<GoalRevisionDto> History, IReadOnlyList<NeedDto> Needs);

public sealed record CaseDto(Guid Id, string Code, string Municipality, Guid OwnerId, Guid? PartnerId, string Household, string HouseholdSize, string Status,
    DateOnly OpenedOn, DateOnly? ClosedOn, ClockDto Clock, string? Notes, IReadOnlyList<ConsentDto> Consents, IReadOnlyList<GoalDto> Goals);

public sealed record ConsentWriteDto(string? Purpose, string? Action, string? TextVersion, DateOnly? On);

public sealed record ReferralWriteDto(Guid? OfferId, string? Note);

public sealed record ReferralStatusDto(string? Status, DateOnly? On, string? Note);

public sealed record ReferralCorrectionDto(string? Status, string? Reason);

/// <summary>Route fields of API.md: <c>from</c> is the absent colleague (default: the caller), <c>to</c> the same as substituteUserId.</summary>
public sealed record SubstitutionWriteDto(Guid? From, Guid? To, Guid? SubstituteUserId, DateOnly? StartsOn, DateOnly? EndsOn);

public sealed record SubstitutionDto(Guid Id, Guid AbsentUserId, Guid SubstituteUserId, DateOnly StartsOn, DateOnly EndsOn, string GrantedBy);

public sealed record DueGoalDto(Guid CaseId, string CaseCode, Guid GoalId, string Area, DateOnly ReviewDate, bool Overdue);

public sealed record AccessEntryDto(DateTime At, Guid UserId, string User, string What);

public static class CaseMapping
{
    public static CaseDto ToDto(Case c, IReadOnlyDictionary<Guid, string> slugs, IReadOnlyList<Need> needs, DateOnly today) => new(
        c.Id, c.Code, slugs.GetValueOrDefault(c.MunicipalityId, string.Empty), c.OwnerId, c.PartnerId, c.Household.ToString(), c.HouseholdSize.ToString(),
        c.Status.ToString(), c.OpenedOn, c.ClosedOn, Clock(c, today), c.Notes,
        c.Consents.OrderBy(x => x.RecordedAt).Select(ToDto).ToList(),
        c.Goals.OrderBy(g => g.Area).ThenBy(g => g.Id).Select(g => ToDto(g, needs.Where(n => n.GoalId == g.Id), slugs)).ToList());

    public static CaseSummaryDto ToSummary(Case c, IReadOnlyDictionary<Guid, string> slugs, DateOnly today) => new(
        c.Id, c.Code, slugs.GetValueOrDefault(c.MunicipalityId, string.Empty), c.Status.ToString(), c.OpenedOn, c.ClosedOn,
        CounsellingClock.State(c.OpenedOn, c.ExtensionReason, today).ToString());

    public static ClockDto Clock(Case c, DateOnly today) => new(
        CounsellingClock.State(c.OpenedOn, c.ExtensionReason, today).ToString(),
        c.OpenedOn.AddMonths(CounsellingClock.WarningMonths),
        CounsellingClock.EndsOn(c.OpenedOn, c.ExtensionReason),
        c.ExtensionReason);

    public static ConsentDto ToDto(Consent c) => new(c.Id, c.Purpose.ToString(), c.TextVersion, c.GivenOn, c.WithdrawnOn, c.IsActive, c.RecordedBy);

    public static GoalDto ToDto(Goal g, IEnumerable<Need> needs, IReadOnlyDictionary<Guid, string> slugs) => new(
        g.Id, g.Area.ToString(), g.Description, g.TargetDate, g.ReviewDate, g.Status.ToString(), g.StatusReason, g.ConversationOn, g.Version,
        g.Revisions.OrderBy(r => r.Version).Select(r => new GoalRevisionDto(r.Version, r.ConversationOn, r.Area.ToString(), r.Description, r.TargetDate,
            r.ReviewDate, r.Status.ToString(), r.StatusReason, r.ChangedBy, r.ChangedAt)).ToList(),
        needs.Select(n => ToDto(n, slugs)).ToList());

    public static NeedDto ToDto(Need n, IReadOnlyDictionary<Guid, string> slugs) => new(
        n.Id, n.CaseId, n.GoalId, n.Area.ToString(), slugs.GetValueOrDefault(n.MunicipalityId, string.Empty), n.GermanLevel?.ToString(), n.TimeWindows, n.ChildcareNeeded, n.WomenOnly, n.Languages,
        n.MaxTravelKm, n.Referrals.OrderBy(r => r.CreatedAt).Select(ToDto).ToList());

    public static ReferralDto ToDto(Referral r) => new(
        r.Id, r.NeedId, r.OfferId, r.OfferTitle, r.Status.ToString(), r.Note, r.CreatedAt, r.UpdatedAt,
        r.Events.OrderBy(e => e.ChangedAt).Select(e => new ReferralEventDto(e.Status.ToString(), e.On, e.Note, e.ChangedBy, e.ChangedAt)).ToList());

    public static SubstitutionDto ToDto(Substitution s) => new(s.Id, s.AbsentUserId, s.SubstituteUserId, s.StartsOn, s.EndsOn, s.GrantedBy);
}
