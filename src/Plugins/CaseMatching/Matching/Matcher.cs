using System.Globalization;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>
/// Ranks offers and volunteers for a need. Hard filters come first (closed or full offers, a women-only wish a mixed
/// course cannot meet, outside the travel range unless the offer serves the need's municipality); the rest are
/// scored, and every point of the score has a reason in words.
/// </summary>
public static class Matcher
{
    public const int Limit = 20;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private static readonly string[] DayNames = Enum.GetNames<DayOfWeek>();

    public static Suggestions Suggest(Need need, OfferSnapshot snapshot, IReadOnlyList<VolunteerCandidate> volunteers, DateOnly today)
    {
        if (!snapshot.Municipalities.TryGetValue(need.MunicipalityId, out var home))
        {
            return new Suggestions([], []);
        }

        var origin = new GeoPoint(home.Latitude, home.Longitude);
        var offers = new List<Candidate>();
        var circles = new List<Candidate>();
        foreach (var offer in snapshot.Grid.Reachable(home, need.MaxTravelKm))
        {
            var fit = AreaFit.Offer(need.Area, offer);
            if (fit == 0 || IsClosed(offer, today) || (need.WomenOnly && offer.Kind == OfferKind.LanguageCourse && !offer.WomenOnly) || BeyondReach(need, offer))
            {
                continue;
            }

            var serves = offer.Municipalities.Contains(need.MunicipalityId);
            double? distance = offer.Latitude is { } lat && offer.Longitude is { } lon ? origin.DistanceKm(lat, lon) : null;
            var online = offer.Format == CourseFormat.Online;
            if (!serves && !online && (distance is null || distance > need.MaxTravelKm))
            {
                continue;
            }

            // Scores first, words later: only the few offers shown need their reasons written out.
            var candidate = new Candidate(offer, fit, serves, online, distance, Score(need, offer, fit, serves, online, distance, home, today, null));
            (offer.Kind == OfferKind.VolunteerCircle ? circles : offers).Add(candidate);
        }

        List<string> Reasons(Candidate c)
        {
            var reasons = new List<string>();
            Score(need, c.Offer, c.Fit, c.Serves, c.Online, c.Distance, home, today, reasons);
            return reasons;
        }

        var people = RankVolunteers(need, volunteers, snapshot, origin, today);
        return new Suggestions(
            Top(offers).Select(c => new OfferSuggestion(c.Offer.Id, c.Offer.Kind.ToString(), c.Offer.Slug, c.Offer.Title, c.Score, Round(c.Distance), Reasons(c))).ToList(),
            Top(circles).Select(c => new VolunteerSuggestion("circle", c.Offer.Id, c.Offer.Title, c.Score, Round(c.Distance), Reasons(c)))
                .Concat(people).OrderByDescending(v => v.Score).ThenBy(v => v.DistanceKm ?? double.MaxValue).ThenBy(v => v.Label, StringComparer.Ordinal).Take(Limit).ToList());
    }

    private sealed record Candidate(MatchableOffer Offer, int Fit, bool Serves, bool Online, double? Distance, int Score);

    /// <summary>The best <see cref="Limit"/> candidates in order, without sorting all of them.</summary>
    private static IEnumerable<Candidate> Top(List<Candidate> candidates)
    {
        var order = Comparer<Candidate>.Create((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            var byDistance = byScore != 0 ? byScore : (a.Distance ?? double.MaxValue).CompareTo(b.Distance ?? double.MaxValue);
            return byDistance != 0 ? byDistance : StringComparer.Ordinal.Compare(a.Offer.Title, b.Offer.Title);
        });

        // A max-heap of the best so far (its root the worst of them), so each candidate costs at most log(Limit).
        var best = new PriorityQueue<Candidate, Candidate>(Limit + 1, Comparer<Candidate>.Create((a, b) => order.Compare(b, a)));
        foreach (var candidate in candidates)
        {
            best.Enqueue(candidate, candidate);
            if (best.Count > Limit)
            {
                best.Dequeue();
            }
        }

        return best.UnorderedItems.Select(x => x.Element).Order(order);
    }

    /// <summary>Closed, full, over or past its registration deadline: not offered at all.</summary>
    public static bool IsClosed(MatchableOffer offer, DateOnly today) =>
        offer.TemporarilyClosed
        || offer.FreePlaces == 0
        || offer.EndsOn < today
        || offer.RegistrationDeadline < today;

    /// <summary>
    /// Without any German a course that starts above A1 cannot be followed at all: it is left out rather than ranked low,
    /// as a B2 or C1 course at the top of the list would be a wrong suggestion however it is scored.
    /// </summary>
    public static bool BeyondReach(Need need, MatchableOffer offer) =>
        need.GermanLevel is null && offer.Kind == OfferKind.LanguageCourse && offer.LevelFrom > CefrLevel.A1;

    /// <summary>The score of an offer for a need; with a list, the reason for every point is written into it.</summary>
    private static int Score(
        Need need, MatchableOffer o, int fit, bool serves, bool online, double? distance, MunicipalityPoint home, DateOnly today, List<string>? reasons)
    {
        var score = fit == 2 ? 40 : 20;
        reasons?.Add(TypeReason(need.Area, o));
        score += LevelScore(need, o, reasons);
        if (need.ChildcareNeeded && o.Kind == OfferKind.LanguageCourse)
        {
            score += o.Childcare ? 15 : -10;
            reasons?.Add(Texts.Get(o.Childcare ? "Reason_Childcare" : "Reason_NoChildcare"));
        }

        if (need.WomenOnly && o.WomenOnly)
        {
            score += 10;
            reasons?.Add(Texts.Get("Reason_WomenOnly"));
        }

        if (online)
        {
            score += 10;
            reasons?.Add(Texts.Get("Reason_Online"));
        }
        else if (distance is { } km)
        {
            var range = Math.Max(need.MaxTravelKm, 1);
            score += (int)Math.Round(15 * Math.Max(0, 1 - (km / range)));
            reasons?.Add(Texts.Format("Reason_Distance", km.ToString("0.0", German)));
        }

        if (serves && o.Kind == OfferKind.Authority)
        {
            score += 10;
            reasons?.Add(Texts.Format("Reason_Responsible", home.Name));
        }

        if (o.FreePlaces is > 0 and var free)
        {
            score += 5;
            reasons?.Add(free == 1 ? Texts.Get("Reason_OneFreePlace") : Texts.Format("Reason_FreePlaces", free));
        }

        score += StartScore(o, today, reasons);
        score += TimeScore(need, o, reasons);
        score += LanguageScore(need, o.Languages, reasons);
        return score;
    }

    private static string TypeReason(GoalArea area, MatchableOffer o) => o.Kind switch
    {
        OfferKind.LanguageCourse => Texts.Label(o.CourseType!.Value),
        OfferKind.Internship => Texts.Label(o.InternshipType!.Value),
        OfferKind.Authority => Texts.Label(o.AuthorityType!.Value),
        _ => AreaFit.MatchingActivity(area, o.Activities) is { } activity ? Texts.Format("Reason_Activity", activity) : Texts.Get("Reason_Circle"),
    };

    private static int LevelScore(Need need, MatchableOffer o, List<string>? reasons)
    {
        if (need.GermanLevel is not { } level)
        {
            return NoGermanScore(o, reasons);
        }

        if (o.Kind == OfferKind.LanguageCourse && o.LevelFrom is { } from && o.LevelTo is { } to)
        {
            if (to <= level && level != CefrLevel.C2)
            {
                reasons?.Add(Texts.Format("Reason_LevelTooLow", to));
                return -20;
            }

            if (from > level + 1)
            {
                reasons?.Add(Texts.Format("Reason_LevelTooHigh", from));
                return -20;
            }

            reasons?.Add(Texts.Format("Reason_LevelFits", level, to));
            return 20;
        }

        if (o.Kind == OfferKind.Internship && o.RequiredLevel is { } required)
        {
            reasons?.Add(Texts.Format(level >= required ? "Reason_GermanEnough" : "Reason_GermanRequired", required));
            return level >= required ? 10 : -20;
        }

        return 0;
    }

    /// <summary>No German yet: alphabetisation and courses from A1 are the way in; an internship asking for German is not.</summary>
    private static int NoGermanScore(MatchableOffer o, List<string>? reasons)
    {
        if (o.Kind == OfferKind.LanguageCourse
            && (o.LevelFrom == CefrLevel.A1 || (o.LevelFrom is null && o.CourseType is CourseType.Alphabetisierung or CourseType.Zweitschriftlerner)))
        {
            reasons?.Add(Texts.Get("Reason_NoGermanStart"));
            return 20;
        }

        if (o.Kind == OfferKind.Internship && o.RequiredLevel is { } required)
        {
            reasons?.Add(Texts.Format("Reason_GermanRequired", required));
            return -20;
        }

        return 0;
    }

    private static int StartScore(MatchableOffer o, DateOnly today, List<string>? reasons)
    {
        if (o.RollingEntry)
        {
            reasons?.Add(Texts.Get("Reason_RollingEntry"));
            return 8;
        }

        if (o.StartsOn is not { } start)
        {
            return 0;
        }

        var days = start.DayNumber - today.DayNumber;
        if (days < 0)
        {
            reasons?.Add(Texts.Format("Reason_Started", Texts.Date(start)));
            return -10;
        }

        reasons?.Add(days switch
        {
            0 => Texts.Get("Reason_StartsToday"),
            1 => Texts.Get("Reason_StartsTomorrow"),
            _ => Texts.Format("Reason_StartsInDays", days),
        });
        return days <= 60 ? 10 - (days / 7) : 0;
    }

    private static int TimeScore(Need need, MatchableOffer o, List<string>? reasons)
    {
        if (need.TimeWindows.Count == 0 || o.Weekdays.Length == 0 || o.TimeFrom is not { } from)
        {
            return 0;
        }

        var part = from.Hour < 12 ? "Morning" : from.Hour < 17 ? "Afternoon" : "Evening";
        foreach (var day in o.Weekdays)
        {
            foreach (var window in need.TimeWindows)
            {
                // "Monday:Morning": compare the two halves without building a string per weekday.
                var colon = window.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && window.AsSpan(0, colon).SequenceEqual(DayNames[(int)day]) && window.AsSpan(colon + 1).SequenceEqual(part))
                {
                    reasons?.Add(Texts.Format("Reason_TimeFits", SlotLabel(window)));
                    return 10;
                }
            }
        }

        reasons?.Add(Texts.Get("Reason_OtherTimes"));
        return -10;
    }

    private static int LanguageScore(Need need, IEnumerable<string> languages, List<string>? reasons)
    {
        var spoken = need.Languages.FirstOrDefault(l => l != "de" && languages.Contains(l));
        if (spoken is null)
        {
            return 0;
        }

        reasons?.Add(Texts.Format("Reason_Speaks", Texts.Get($"Language_{spoken}")));
        return 10;
    }

    /// <summary>The score of a volunteer for a need (0: no fit at all); with a list, the reasons are written into it.</summary>
    private static (int Score, double? DistanceKm) ScoreVolunteer(
        Need need, VolunteerCandidate v, OfferSnapshot snapshot, GeoPoint origin, DateOnly today, List<string>? reasons)
    {
        var score = 0;
        var skill = AreaFit.SkillsFor(need.Area).FirstOrDefault(v.Skills.Contains);
        if (skill is not null)
        {
            score += 30;
            reasons?.Add(Texts.Format("Reason_Skill", Texts.Get($"Skill_{skill}")));
        }

        score += LanguageScore(need, v.Languages, reasons) * 2;
        if (score == 0)
        {
            return (0, null);
        }

        var slot = need.TimeWindows.FirstOrDefault(v.Availability.Contains);
        if (slot is not null)
        {
            score += 15;
            reasons?.Add(Texts.Format("Reason_TimeFits", SlotLabel(slot)));
        }

        double distance;
        if (v.Municipalities.Contains(need.MunicipalityId))
        {
            score += 10;
            reasons?.Add(Texts.Format("Reason_Lives", snapshot.Municipalities[need.MunicipalityId].Name));
            distance = 0;
        }
        else
        {
            distance = v.Municipalities.Select(id => snapshot.Municipalities.GetValueOrDefault(id))
                .OfType<MunicipalityPoint>().Select(m => origin.DistanceKm(m.Latitude, m.Longitude)).DefaultIfEmpty(double.MaxValue).Min();
            reasons?.Add(Texts.Format("Reason_Distance", distance.ToString("0.0", German)));
        }

        if (need.Area is GoalArea.Kinderbetreuung or GoalArea.SchuleBildung && v.ConductCertificateRecheckOn >= today)
        {
            score += 5;
            reasons?.Add(Texts.Get("Reason_ConductCertificate"));
        }

        return (score, distance);
    }

    private static IEnumerable<VolunteerSuggestion> RankVolunteers(Need need, IReadOnlyList<VolunteerCandidate> volunteers, OfferSnapshot snapshot, GeoPoint origin, DateOnly today) =>
        volunteers
            .Select(v => (Volunteer: v, Result: ScoreVolunteer(need, v, snapshot, origin, today, null)))
            .Where(x => x.Result.Score > 0)
            .OrderByDescending(x => x.Result.Score).ThenBy(x => x.Result.DistanceKm).ThenBy(x => x.Volunteer.Id)
            .Take(Limit)
            .Select(x =>
            {
                var reasons = new List<string>();
                ScoreVolunteer(need, x.Volunteer, snapshot, origin, today, reasons);
                return new VolunteerSuggestion("volunteer", x.Volunteer.Id, Texts.Get("Volunteer_Anonymous"), x.Result.Score, Round(x.Result.DistanceKm), reasons);
            });

    private static string SlotLabel(string slot)
    {
        var parts = slot.Split(':');
        return $"{Texts.Get($"Day_{parts[0]}")} {Texts.Get($"DayPart_{parts[1]}")}";
    }

    private static double? Round(double? km) => km is { } value ? Math.Round(value, 1) : null;
}
