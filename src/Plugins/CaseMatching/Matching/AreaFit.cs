using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Plugins.CaseMatching.Plans;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>How well an offer or a volunteer's skill serves a plan area: 2 directly, 1 on the side, 0 not at all.</summary>
public static class AreaFit
{
    private static readonly Dictionary<GoalArea, string[]> ActivityWords = new()
    {
        [GoalArea.Sprache] = ["sprach", "deutsch", "lese"],
        [GoalArea.Arbeit] = ["bewerb", "job", "arbeit", "beruf"],
        [GoalArea.Ausbildung] = ["bewerb", "nachhilfe", "ausbildung", "beruf"],
        [GoalArea.SchuleBildung] = ["hausaufgab", "nachhilfe", "lese", "schul"],
        [GoalArea.Kinderbetreuung] = ["kinder", "spiel", "eltern"],
        [GoalArea.Gesundheit] = ["begleitung", "fahrdienst", "gesund"],
        [GoalArea.Aufenthaltsrecht] = ["begleitung", "formular", "ämter"],
        [GoalArea.Wohnen] = ["wohn", "formular", "kleider", "möbel"],
        [GoalArea.Teilhabe] = [string.Empty],
    };

    private static readonly Dictionary<GoalArea, string[]> Skills = new()
    {
        [GoalArea.Sprache] = ["german-practice", "interpreting"],
        [GoalArea.Arbeit] = ["job-applications", "mentoring"],
        [GoalArea.Ausbildung] = ["job-applications", "homework", "mentoring"],
        [GoalArea.SchuleBildung] = ["homework", "mentoring"],
        [GoalArea.Kinderbetreuung] = ["childcare"],
        [GoalArea.Gesundheit] = ["accompaniment", "interpreting", "driving"],
        [GoalArea.Aufenthaltsrecht] = ["accompaniment", "interpreting"],
        [GoalArea.Wohnen] = ["housing-search", "accompaniment"],
        [GoalArea.Teilhabe] = ["leisure", "mentoring", "german-practice", "driving"],
    };

    public static int Offer(GoalArea area, MatchableOffer o) => o.Kind switch
    {
        OfferKind.LanguageCourse => Course(area, o),
        OfferKind.Internship => area switch
        {
            GoalArea.Arbeit => 2,
            GoalArea.Ausbildung => o.InternshipType == InternshipType.Orientierungspraktikum ? 1 : 2,
            _ => 0,
        },
        OfferKind.Authority => Authority(area, o.AuthorityType),
        OfferKind.VolunteerCircle => area == GoalArea.Teilhabe ? 2 : MatchingActivity(area, o.Activities) is null ? 0 : 1,
        _ => 0,
    };

    /// <summary>The first activity of a circle that serves the area, for the reason shown.</summary>
    public static string? MatchingActivity(GoalArea area, IEnumerable<string> activities) =>
        activities.FirstOrDefault(a => ActivityWords[area].Any(w => a.Contains(w, StringComparison.OrdinalIgnoreCase)));

    public static IEnumerable<string> SkillsFor(GoalArea area) => Skills[area];

    private static int Course(GoalArea area, MatchableOffer o) => area switch
    {
        GoalArea.Sprache => 2,
        GoalArea.Arbeit or GoalArea.Ausbildung => o.CourseType == CourseType.Berufssprachkurs ? 2 : 0,
        GoalArea.SchuleBildung => o.CourseType is CourseType.IntegrationskursJugend or CourseType.Alphabetisierung or CourseType.Zweitschriftlerner ? 1 : 0,
        GoalArea.Kinderbetreuung => o.Childcare || o.CourseType == CourseType.IntegrationskursEltern ? 1 : 0,
        GoalArea.Teilhabe => o.CourseType is CourseType.Sprachcafe or CourseType.Ehrenamtskurs ? 1 : 0,
        _ => 0,
    };

    private static int Authority(GoalArea area, AuthorityType? type) => (area, type) switch
    {
        (GoalArea.Arbeit, AuthorityType.Jobcenter or AuthorityType.AgenturFuerArbeit) => 2,
        (GoalArea.Ausbildung, AuthorityType.AgenturFuerArbeit or AuthorityType.Jugendmigrationsdienst) => 2,
        (GoalArea.Ausbildung, AuthorityType.Jobcenter) => 1,
        (GoalArea.SchuleBildung, AuthorityType.StaatlichesSchulamt or AuthorityType.Jugendmigrationsdienst) => 2,
        (GoalArea.Kinderbetreuung, AuthorityType.Jugendamt) => 2,
        (GoalArea.Gesundheit, AuthorityType.Gesundheitsamt) => 2,
        (GoalArea.Aufenthaltsrecht, AuthorityType.Auslaenderbehoerde or AuthorityType.Migrationsberatung) => 2,
        (GoalArea.Aufenthaltsrecht, AuthorityType.Standesamt or AuthorityType.Buergeramt) => 1,
        (GoalArea.Wohnen, AuthorityType.Sozialamt or AuthorityType.Wohngeldstelle) => 2,
        (GoalArea.Wohnen, AuthorityType.Buergeramt) => 1,
        (GoalArea.Sprache, AuthorityType.Migrationsberatung) => 1,
        (GoalArea.Teilhabe, AuthorityType.Migrationsberatung) => 1,
        _ => 0,
    };
}
