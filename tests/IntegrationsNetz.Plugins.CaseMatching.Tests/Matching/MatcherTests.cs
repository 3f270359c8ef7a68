using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Plugins.CaseMatching.Matching;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Matching;

/// <summary>Matching order and reasons on a fixed data set: three places, a dozen offers, three volunteers.</summary>
public sealed class MatcherTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly MunicipalityPoint Home = new(Guid.NewGuid(), "Heimatdorf", "heimatdorf", 49.40, 8.63);
    private static readonly MunicipalityPoint Near = new(Guid.NewGuid(), "Nachbarstadt", "nachbarstadt", 49.49, 8.63);
    private static readonly MunicipalityPoint Far = new(Guid.NewGuid(), "Fernstadt", "fernstadt", 49.85, 8.63);

    [Fact]
    public void Offers_are_filtered_hard_first_then_ranked_by_score_with_every_point_explained()
    {
        var perfect = Course("perfekt", Home, CefrLevel.A2, CefrLevel.B1, childcare: true, free: 4, startsIn: 12);
        var tooLow = Course("zu-niedrig", Near, CefrLevel.A1, CefrLevel.A2, childcare: false, free: 10, startsIn: 40);
        var online = Course("online", Far, CefrLevel.A2, CefrLevel.B1, childcare: false, free: null, startsIn: 5) with { Format = CourseFormat.Online };
        var counselling = Authority("migrationsberatung", Home, AuthorityType.Migrationsberatung);
        var snapshot = Snapshot(
            perfect,
            tooLow,
            online,
            counselling,
            Course("voll", Home, CefrLevel.A2, CefrLevel.B1, childcare: true, free: 0, startsIn: 12),
            Course("zu-weit", Far, CefrLevel.A2, CefrLevel.B1, childcare: true, free: 5, startsIn: 12),
            Course("anmeldeschluss", Home, CefrLevel.A2, CefrLevel.B1, childcare: true, free: 5, startsIn: 12) with { RegistrationDeadline = Today.AddDays(-1) },
            Authority("jobcenter", Home, AuthorityType.Jobcenter),
            Authority("geschlossen", Home, AuthorityType.Migrationsberatung) with { TemporarilyClosed = true });

        var result = Matcher.Suggest(LanguageNeed(), snapshot, [], Today);

        Assert.Equal(["perfekt", "online", "migrationsberatung", "zu-niedrig"], result.Offers.Select(o => o.Slug));
        Assert.Equal(
            ["Elternintegrationskurs", "Niveau passt: A2 -> B1", "Kinderbetreuung", "0,0 km", "4 freie Plätze", "beginnt in 12 Tagen", "Zeit passt: Montag Vormittag"],
            result.Offers[0].Reasons);
        Assert.Equal(["Migrationsberatung", "0,0 km", "zuständig für Heimatdorf", "spricht Arabisch"], result.Offers[2].Reasons);
        Assert.Contains("Niveau zu niedrig (bis A2)", result.Offers[3].Reasons);
        Assert.Contains("ohne Kinderbetreuung", result.Offers[3].Reasons);
        Assert.Contains("online", result.Offers[1].Reasons);
        Assert.Equal(10.0, result.Offers[3].DistanceKm);
        Assert.True(result.Offers.Zip(result.Offers.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void A_women_only_wish_excludes_mixed_courses_and_favours_women_only_ones()
    {
        var mixed = Course("gemischt", Home, CefrLevel.A2, CefrLevel.B1, childcare: true, free: 4, startsIn: 12);
        var women = Course("frauen", Near, CefrLevel.A2, CefrLevel.B1, childcare: true, free: 4, startsIn: 12) with { WomenOnly = true };

        var need = LanguageNeed();
        need.WomenOnly = true;

        var result = Matcher.Suggest(need, Snapshot(mixed, women), [], Today);

        var only = Assert.Single(result.Offers);
        Assert.Equal("frauen", only.Slug);
        Assert.Contains("nur für Frauen", only.Reasons);
    }

    [Fact]
    public void Volunteers_are_ranked_by_skill_language_time_and_place_and_never_named()
    {
        var best = new VolunteerCandidate(Guid.NewGuid(), [Home.Id], ["ar", "de"], ["german-practice"], ["Monday:Morning"], null);
        var interpreter = new VolunteerCandidate(Guid.NewGuid(), [Near.Id], ["fa"], ["interpreting"], ["Friday:Evening"], null);
        var unrelated = new VolunteerCandidate(Guid.NewGuid(), [Home.Id], ["en"], ["driving"], ["Monday:Morning"], null);
        var circle = Circle("ak-asyl", Home, "Sprachcafé", "Fahrdienst");

        var result = Matcher.Suggest(LanguageNeed(), Snapshot(circle), [interpreter, unrelated, best], Today);

        Assert.Equal([best.Id, circle.Id, interpreter.Id], result.Volunteers.Select(v => v.Id));
        Assert.Equal(["hilft bei: Deutsch üben", "spricht Arabisch", "Zeit passt: Montag Vormittag", "in Heimatdorf aktiv"], result.Volunteers[0].Reasons);
        Assert.Equal("circle", result.Volunteers[1].Type);
        Assert.Contains("Ehrenamtskreis: Sprachcafé", result.Volunteers[1].Reasons);
        Assert.Equal(["hilft bei: Dolmetschen", "10,0 km"], result.Volunteers[2].Reasons);
        var people = result.Volunteers.Where(v => v.Type == "volunteer").ToList();
        Assert.Equal([best.Id, interpreter.Id], people.Select(v => v.Id));
        Assert.All(people, v => Assert.Equal("Ehrenamtliche/r (Name erst nach Zusage)", v.Label));
    }

    [Fact]
    public void Without_German_only_alphabetisation_and_A1_courses_are_suggested_never_B2_or_C1()
    {
        var alpha = Course("alpha", Home, CefrLevel.A1, CefrLevel.A1, childcare: true, free: 4, startsIn: 12) with
        {
            CourseType = CourseType.Alphabetisierung, LevelFrom = null, LevelTo = null,
        };
        var beginners = Course("a1", Near, CefrLevel.A1, CefrLevel.A2, childcare: true, free: 4, startsIn: 12);
        var b2 = Course("b2", Home, CefrLevel.B2, CefrLevel.B2, childcare: true, free: 4, startsIn: 12) with { CourseType = CourseType.Berufssprachkurs };
        var c1 = Course("c1", Home, CefrLevel.C1, CefrLevel.C1, childcare: true, free: 4, startsIn: 12) with { CourseType = CourseType.Berufssprachkurs };
        var a2 = Course("a2", Home, CefrLevel.A2, CefrLevel.B1, childcare: true, free: 4, startsIn: 12);
        var need = LanguageNeed();
        need.GermanLevel = null;

        var result = Matcher.Suggest(need, Snapshot(b2, c1, a2, alpha, beginners), [], Today);

        Assert.Equal(["alpha", "a1"], result.Offers.Select(o => o.Slug));
        Assert.All(result.Offers, o => Assert.Contains("Einstieg ohne Deutschkenntnisse", o.Reasons));

        // With German the same B2 course is a fair suggestion for someone at B1.
        need.GermanLevel = CefrLevel.B1;
        Assert.Contains("b2", Matcher.Suggest(need, Snapshot(b2, c1, a2, alpha, beginners), [], Today).Offers.Select(o => o.Slug));
    }

    [Fact]
    public void Without_German_an_internship_that_asks_for_German_ranks_below_one_that_does_not()
    {
        var asks = Offer("verlangt-b1", OfferKind.Internship, Home) with { InternshipType = InternshipType.Orientierungspraktikum, RequiredLevel = CefrLevel.B1 };
        var open = Offer("ohne-deutsch", OfferKind.Internship, Near) with { InternshipType = InternshipType.Orientierungspraktikum };
        var need = LanguageNeed();
        need.Area = GoalArea.Arbeit;
        need.GermanLevel = null;

        var result = Matcher.Suggest(need, Snapshot(asks, open), [], Today);

        Assert.Equal(["ohne-deutsch", "verlangt-b1"], result.Offers.Select(o => o.Slug));
        Assert.Contains("verlangt Deutsch B1", result.Offers[1].Reasons);
    }

    private static Need LanguageNeed() => new()
    {
        Id = Guid.NewGuid(),
        Area = GoalArea.Sprache,
        MunicipalityId = Home.Id,
        GermanLevel = CefrLevel.A2,
        ChildcareNeeded = true,
        Languages = ["ar"],
        TimeWindows = ["Monday:Morning"],
        MaxTravelKm = 20,
    };

    private static OfferSnapshot Snapshot(params MatchableOffer[] offers) =>
        new(offers, new[] { Home, Near, Far }.ToDictionary(m => m.Id));

    private static MatchableOffer Course(string slug, MunicipalityPoint place, CefrLevel from, CefrLevel to, bool childcare, int? free, int startsIn) =>
        Offer(slug, OfferKind.LanguageCourse, place) with
        {
            CourseType = CourseType.IntegrationskursEltern,
            LevelFrom = from,
            LevelTo = to,
            StartsOn = Today.AddDays(startsIn),
            EndsOn = Today.AddDays(startsIn + 180),
            Weekdays = [DayOfWeek.Monday, DayOfWeek.Thursday],
            TimeFrom = new TimeOnly(9, 0),
            Format = CourseFormat.InPerson,
            Childcare = childcare,
            FreePlaces = free,
        };

    private static MatchableOffer Authority(string slug, MunicipalityPoint place, AuthorityType type) =>
        Offer(slug, OfferKind.Authority, place) with { AuthorityType = type, Languages = ["de", "ar"] };

    private static MatchableOffer Circle(string slug, MunicipalityPoint place, params string[] activities) =>
        Offer(slug, OfferKind.VolunteerCircle, place) with { Activities = activities, Languages = ["de"] };

    private static MatchableOffer Offer(string slug, OfferKind kind, MunicipalityPoint place) => new(
        Guid.NewGuid(), kind, slug, slug, [place.Id], place.Latitude, place.Longitude, null, null, null, null, null, null, false, [], null, null, false, false,
        null, null, null, [], [], null, false);
}
