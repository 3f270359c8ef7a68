using IntegrationsNetz.Core.Offers;

namespace IntegrationsNetz.Plugins.CaseMatching.Matching;

/// <summary>What matching needs of a published offer, in a compact form kept in memory.</summary>
public sealed record MatchableOffer(
    Guid Id,
    OfferKind Kind,
    string Slug,
    string Title,
    Guid[] Municipalities,
    double? Latitude,
    double? Longitude,
    CourseType? CourseType,
    CefrLevel? LevelFrom,
    CefrLevel? LevelTo,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    DateOnly? RegistrationDeadline,
    bool RollingEntry,
    DayOfWeek[] Weekdays,
    TimeOnly? TimeFrom,
    CourseFormat? Format,
    bool Childcare,
    bool WomenOnly,
    int? FreePlaces,
    InternshipType? InternshipType,
    CefrLevel? RequiredLevel,
    string[] Activities,
    string[] Languages,
    AuthorityType? AuthorityType,
    bool TemporarilyClosed)
{
    public static MatchableOffer From(Offer offer)
    {
        var course = offer as LanguageCourse;
        var internship = offer as Internship;
        var circle = offer as VolunteerCircle;
        var authority = offer as Authority;
        return new MatchableOffer(
            offer.Id,
            offer.Kind,
            offer.Slug,
            offer.TitleIn("de"),
            offer.Municipalities.Select(m => m.Id).ToArray(),
            offer.Latitude,
            offer.Longitude,
            course?.CourseType,
            course?.LevelFrom,
            course?.LevelTo,
            course?.StartsOn ?? internship?.StartsOn,
            course?.EndsOn,
            course?.RegistrationDeadline,
            course?.RollingEntry ?? false,
            course?.Weekdays.ToArray() ?? [],
            course?.TimeFrom,
            course?.Format,
            course?.Childcare ?? false,
            course?.WomenOnly ?? false,
            course?.FreePlaces,
            internship?.InternshipType,
            internship?.GermanLevel,
            circle?.Activities.ToArray() ?? [],
            (circle?.Languages ?? authority?.Languages ?? []).ToArray(),
            authority?.AuthorityType,
            authority?.TemporarilyClosed ?? false);
    }
}

/// <summary>A municipality's centre, for distances.</summary>
public sealed record MunicipalityPoint(Guid Id, string Name, string Slug, double Latitude, double Longitude);
