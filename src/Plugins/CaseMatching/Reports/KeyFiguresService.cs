using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Reports;

/// <summary>
/// Counts a unit's key figures for a period from the cases' history (goal revisions, referral events, requests and
/// their sign-ups), never from notes or other free text, and suppresses small numbers before anything leaves.
/// </summary>
public sealed class KeyFiguresService(PortalDbContext db, TimeProvider time)
{
    // The fewest persons a household of each size has: the case holds sizes in bands only.
    private static readonly Dictionary<HouseholdSize, int> PersonsAtLeast = new()
    {
        [HouseholdSize.One] = 1,
        [HouseholdSize.Two] = 2,
        [HouseholdSize.ThreeToFour] = 3,
        [HouseholdSize.FiveOrMore] = 5,
    };

    // How a referral ended up, in the groups funders ask for.
    private static readonly (string Key, ReferralStatus[] Statuses)[] ReferralOutcomes =
    [
        ("Report_ReferralOpen", [ReferralStatus.Suggested, ReferralStatus.Contacted]),
        ("Report_ReferralTaken", [ReferralStatus.Accepted, ReferralStatus.Started]),
        ("Report_ReferralCompleted", [ReferralStatus.Completed]),
        ("Report_ReferralNotTaken", [ReferralStatus.Declined, ReferralStatus.Cancelled]),
    ];

    // What an achieved goal of an area means for the person.
    private static readonly (GoalArea Area, string Key)[] OutcomeOfArea =
    [
        (GoalArea.Sprache, "Report_OutcomeLanguage"),
        (GoalArea.Arbeit, "Report_OutcomeWork"),
        (GoalArea.Ausbildung, "Report_OutcomeTraining"),
        (GoalArea.Wohnen, "Report_OutcomeFlat"),
        (GoalArea.Kinderbetreuung, "Report_OutcomeChildcare"),
    ];

    private static readonly GoalStatus[] Moves = [GoalStatus.Achieved, GoalStatus.Adapted, GoalStatus.Abandoned];

    public async Task<KeyFigures> ComputeAsync(ReportUnit unit, ReportPeriod period, CancellationToken ct = default)
    {
        var (from, to) = (period.From, period.To);
        var municipalities = unit.Municipalities.ToList();
        var active = await db.Set<Case>().AsNoTracking()
            .Where(c => municipalities.Contains(c.MunicipalityId) && c.OpenedOn <= to && (c.ClosedOn == null || c.ClosedOn >= from))
            .Select(c => new
            {
                c.Id,
                c.OpenedOn,
                c.ClosedOn,
                c.HouseholdSize,
                Counted = c.Consents.Any(x => x.Purpose == ConsentPurpose.Statistics && x.WithdrawnOn == null),
            })
            .ToListAsync(ct);
        var cases = active.Where(c => c.Counted).ToList();
        var ids = cases.Select(c => c.Id).ToList();
        var revisions = await db.Set<GoalRevision>().AsNoTracking()
            .Join(db.Set<Goal>(), r => r.GoalId, g => g.Id, (r, g) => new { g.CaseId, r.GoalId, r.Version, r.ConversationOn, r.Area, r.Status })
            .Where(r => ids.Contains(r.CaseId))
            .ToListAsync(ct);
        var referralRows = await (from n in db.Set<Need>().AsNoTracking()
                                  join r in db.Set<Referral>().AsNoTracking() on n.Id equals r.NeedId
                                  where ids.Contains(n.CaseId)
                                  select new { r.Id, n.CaseId, n.Area, n.GermanLevel, r.OfferId, r.CreatedAt }).ToListAsync(ct);
        var referralIds = referralRows.Select(r => r.Id).ToList();
        var events = (await db.Set<ReferralEvent>().AsNoTracking().Where(e => referralIds.Contains(e.ReferralId))
                .Select(e => new ReferralStep(e.ReferralId, e.On, e.Status, e.ChangedAt)).ToListAsync(ct))
            .ToLookup(e => e.ReferralId);
        var referrals = referralRows.Select(r => new { r.CaseId, r.Area, r.GermanLevel, r.OfferId, r.CreatedAt, Events = events[r.Id].ToList() }).ToList();
        var offerIds = referrals.Select(r => r.OfferId).Distinct().ToList();
        var offers = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).ToListAsync(ct);
        var offersById = offers.ToDictionary(o => o.Id);

        var numbers = new SmallNumbers();
        var drafts = new List<FigureTableDraft>();

        // Cases (households) and persons: new in the period, and carried over from before it.
        var opened = cases.Where(c => c.OpenedOn >= from).ToList();
        var carried = cases.Where(c => c.OpenedOn < from).ToList();
        var caseTable = new FigureTableBuilder(numbers, KeyFigureTables.Cases, Texts.Get("Report_CasesTitle"), Texts.Get("Report_CasesRow"),
                [Texts.Get("Report_Households"), Texts.Get("Report_PersonsAtLeast")])
            .Row(Texts.Get("Report_CasesNew"), opened.Count, opened.Sum(c => PersonsAtLeast[c.HouseholdSize]))
            .Row(Texts.Get("Report_CasesCarried"), carried.Count, carried.Sum(c => PersonsAtLeast[c.HouseholdSize]));
        var caseDraft = caseTable.Build(columnTotals: true, note: Texts.Get("Report_PersonsNote"));
        drafts.Add(caseDraft);
        var newTotal = caseTable.Cell(0, 0);

        // Closed cases by how long they were counselled; the total is shared with the months' closings.
        var closed = cases.Where(c => c.ClosedOn is { } on && on >= from && on <= to).ToList();
        int Years(DateOnly opened, DateOnly closedOn) => (closedOn.DayNumber - opened.DayNumber) / 365;
        var durations = new FigureTableBuilder(numbers, KeyFigureTables.Durations, Texts.Get("Report_DurationsTitle"), Texts.Get("Report_Duration"),
            [Texts.Get("Report_ClosedCases")]);
        foreach (var (label, min, max) in new[] { ("Report_DurationUnder1", 0, 0), ("Report_Duration1To2", 1, 1), ("Report_Duration2To3", 2, 2), ("Report_Duration3Plus", 3, int.MaxValue) })
        {
            durations.Row(Texts.Get(label), closed.Count(c => Years(c.OpenedOn, c.ClosedOn!.Value) is var y && y >= min && y <= max));
        }

        var durationDraft = durations.Build(columnTotals: true);
        drafts.Add(durationDraft);
        var closedTotal = durationDraft.ColumnTotals![0];

        // Cases per month: opened and closed; the columns add up to the totals above.
        var months = new FigureTableBuilder(numbers, KeyFigureTables.Months, Texts.Get("Report_MonthsTitle"), Texts.Get("Report_Month"),
            [Texts.Get("Report_Opened"), Texts.Get("Report_Closed")]);
        foreach (var month in period.Months())
        {
            bool In(DateOnly? day) => day is { } d && d.Year == month.Year && d.Month == month.Month;
            months.Row(month.ToString("MMM yyyy", Texts.German), opened.Count(c => In(c.OpenedOn)), closed.Count(c => In(c.ClosedOn)));
        }

        drafts.Add(months.Build(columnTotals: true, givenColumnTotals: [newTotal, closedTotal]));

        // Conversations and plans, from the dates of the goal revisions.
        var conversations = revisions.Select(r => (r.CaseId, r.ConversationOn)).Distinct().ToList();
        var firstConversation = conversations.GroupBy(c => c.CaseId).ToDictionary(g => g.Key, g => g.Min(c => c.ConversationOn));
        var inPeriod = conversations.Where(c => period.Contains(c.ConversationOn)).ToList();
        var signups = await db.Set<Signup>().AsNoTracking()
            .Where(s => s.Status == SignupStatus.Completed && s.CompletedOn >= from && s.CompletedOn <= to
                        && municipalities.Contains(s.Request!.MunicipalityId))
            .Select(s => s.Hours)
            .ToListAsync(ct);
        var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var requests = await db.Set<VolunteerRequest>().AsNoTracking()
            .CountAsync(r => municipalities.Contains(r.MunicipalityId) && r.PublishedAt >= fromUtc && r.PublishedAt < toUtc, ct);
        var fourthYear = cases.Count(c => c.OpenedOn <= to.AddYears(-3) && (c.ClosedOn is null || c.ClosedOn > to));
        var assignments = numbers.New(signups.Count);
        var hours = numbers.New((int)Math.Round(signups.Sum(h => h ?? 0m), MidpointRounding.AwayFromZero));
        var activity = new FigureTableBuilder(numbers, KeyFigureTables.Activity, Texts.Get("Report_ActivityTitle"), Texts.Get("Report_Figure"),
                [Texts.Get("Report_Count")])
            .Row(Texts.Get("Report_Conversations"), inPeriod.Count)
            .Row(Texts.Get("Report_PlansWritten"), firstConversation.Count(f => period.Contains(f.Value)))
            .Row(Texts.Get("Report_PlansReviewed"), inPeriod.Where(c => c.ConversationOn > firstConversation[c.CaseId]).Select(c => c.CaseId).Distinct().Count())
            .Row(Texts.Get("Report_FourthYear"), fourthYear)
            .Row(Texts.Get("Report_Requests"), requests)
            .Row(Texts.Get("Report_Assignments"), assignments)
            .Row(Texts.Get("Report_Hours"), hours);
        drafts.Add(activity.Build());

        // Goals by area and status at the end of the period: each goal as its last revision up to then left it.
        var areas = Enum.GetValues<GoalArea>();
        var statuses = Enum.GetValues<GoalStatus>();
        var goalsAtEnd = revisions.Where(r => r.ConversationOn <= to).GroupBy(r => r.GoalId)
            .Select(g => g.OrderBy(r => r.ConversationOn).ThenBy(r => r.Version).Last()).ToList();
        var goals = new FigureTableBuilder(numbers, KeyFigureTables.Goals, Texts.Get("Report_GoalsTitle"), Texts.Get("Report_Area"),
            statuses.Select(s => Texts.Label(s)).ToList());
        foreach (var area in areas)
        {
            goals.Row(Texts.Label(area), statuses.Select(s => goalsAtEnd.Count(g => g.Area == area && g.Status == s)).ToArray());
        }

        drafts.Add(goals.Build(rowTotals: true, columnTotals: true));

        // How goals moved in the period: the first revision that reached each final state.
        var moved = revisions.Where(r => Moves.Contains(r.Status)).GroupBy(r => (r.GoalId, r.Status))
            .Select(g => g.OrderBy(r => r.ConversationOn).ThenBy(r => r.Version).First())
            .Where(r => period.Contains(r.ConversationOn)).ToList();
        var movement = new FigureTableBuilder(numbers, KeyFigureTables.Movement, Texts.Get("Report_MovementTitle"), Texts.Get("Report_Area"),
            Moves.Select(s => Texts.Label(s)).ToList());
        foreach (var area in areas)
        {
            movement.Row(Texts.Label(area), Moves.Select(s => moved.Count(r => r.Area == area && r.Status == s)).ToArray());
        }

        drafts.Add(movement.Build(rowTotals: true, columnTotals: true));

        // What achieved goals mean: the same figures as "erreicht" above, so they are suppressed alike.
        var outcomes = new FigureTableBuilder(numbers, KeyFigureTables.Outcomes, Texts.Get("Report_OutcomesTitle"), Texts.Get("Report_Outcome"),
            [Texts.Get("Report_Goals")]);
        foreach (var (area, key) in OutcomeOfArea)
        {
            outcomes.Row(Texts.Get(key), movement.Cell(Array.IndexOf(areas, area), 0));
        }

        drafts.Add(outcomes.Build());

        // German level: the level the need was written with, and the top level of the course completed in the period.
        var levels = referrals
            .Where(r => r.Area == GoalArea.Sprache && r.GermanLevel is not null
                        && r.Events.Any(e => e.Status == ReferralStatus.Completed && period.Contains(e.On))
                        && offersById.GetValueOrDefault(r.OfferId) is LanguageCourse { LevelTo: not null })
            .Select(r => (r.CaseId, Start: r.GermanLevel!.Value, Reached: ((LanguageCourse)offersById[r.OfferId]).LevelTo!.Value))
            .Where(r => r.Reached > r.Start)
            .GroupBy(r => r.CaseId)
            .Select(g => (Start: g.Min(r => r.Start), Reached: g.Max(r => r.Reached)))
            .ToList();
        var german = new FigureTableBuilder(numbers, KeyFigureTables.GermanLevels, Texts.Get("Report_GermanTitle"), Texts.Get("Report_GermanFromTo"),
            [Texts.Get("Report_CasesColumn")]);
        foreach (var pair in levels.GroupBy(l => l).OrderBy(g => g.Key.Start).ThenBy(g => g.Key.Reached))
        {
            german.Row($"{pair.Key.Start} → {pair.Key.Reached}", pair.Count());
        }

        drafts.Add(german.Build(columnTotals: true, note: Texts.Get("Report_GermanNote")));

        // Referrals made in the period, by kind of offer and how they stand at its end.
        var referralTable = new FigureTableBuilder(numbers, KeyFigureTables.Referrals, Texts.Get("Report_ReferralsTitle"), Texts.Get("Report_OfferKind"),
            ReferralOutcomes.Select(o => Texts.Get(o.Key)).ToList());
        var made = referrals.Where(r => r.CreatedAt >= fromUtc && r.CreatedAt < toUtc).Select(r => new
        {
            Kind = offersById.GetValueOrDefault(r.OfferId)?.Kind,
            Status = r.Events.Where(e => e.On <= to).OrderBy(e => e.On).ThenBy(e => e.ChangedAt).LastOrDefault()?.Status ?? ReferralStatus.Suggested,
        }).ToList();
        foreach (var kind in Enum.GetValues<OfferKind>().Cast<OfferKind?>().Append(null))
        {
            var label = kind is { } k ? Core.Offers.OfferLabels.Of(k) : Texts.Get("Report_OfferRemoved");
            referralTable.Row(label, ReferralOutcomes.Select(o => made.Count(m => m.Kind == kind && o.Statuses.Contains(m.Status))).ToArray());
        }

        drafts.Add(referralTable.Build(rowTotals: true, columnTotals: true));

        var counted = numbers.New(cases.Count);
        var leftOut = numbers.New(active.Count - cases.Count);

        // Cases closed in the period and deleted since by retention are missing from every table above; the report says
        // how many, from the anonymous counts retention keeps, so that nobody takes the figures for complete.
        var deleted = numbers.New(await db.Set<RetainedCount>().AsNoTracking()
            .Where(r => municipalities.Contains(r.MunicipalityId) && r.ClosedYear >= period.FirstYear && r.ClosedYear <= period.LastYear)
            .SumAsync(r => r.Cases, ct));
        numbers.Suppress();

        // Hours of fewer than five assignments would be one volunteer's own figure.
        hours.Hidden |= assignments.Hidden;

        var ordered = new[] { KeyFigureTables.Cases, KeyFigureTables.Activity, KeyFigureTables.Months, KeyFigureTables.Goals, KeyFigureTables.Movement,
            KeyFigureTables.Outcomes, KeyFigureTables.GermanLevels, KeyFigureTables.Referrals, KeyFigureTables.Durations };
        return new KeyFigures(unit, period, counted.Published, leftOut.Published, deleted.Published,
            ordered.Select(key => drafts.First(d => d.Key == key).Publish()).ToList(), Clock.TodayInGermany(time))
        {
            IsEmpty = active.Count == 0,
        };
    }

    private sealed record ReferralStep(Guid ReferralId, DateOnly On, ReferralStatus Status, DateTime ChangedAt);
}
