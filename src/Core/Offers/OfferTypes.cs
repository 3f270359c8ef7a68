namespace IntegrationsNetz.Core.Offers;

public sealed class LanguageCourse : Offer
{
    public override OfferKind Kind => OfferKind.LanguageCourse;

    public CourseType CourseType { get; set; }

    public CefrLevel? LevelFrom { get; set; }

    public CefrLevel? LevelTo { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    /// <summary>People can join at any time (language cafés, many volunteer courses).</summary>
    public bool RollingEntry { get; set; }

    public DateOnly? RegistrationDeadline { get; set; }

    public List<DayOfWeek> Weekdays { get; set; } = [];

    public TimeOnly? TimeFrom { get; set; }

    public TimeOnly? TimeTo { get; set; }

    public CourseFormat Format { get; set; }

    public bool Childcare { get; set; }

    public bool WomenOnly { get; set; }

    public CourseCost Cost { get; set; }

    public decimal? FeeAmount { get; set; }

    public int? Places { get; set; }

    public int PlacesTaken { get; set; }

    /// <summary>Null when the course has no limit.</summary>
    public int? FreePlaces => Places is { } places ? Math.Max(0, places - PlacesTaken) : null;
}

public sealed class Internship : Offer
{
    public override OfferKind Kind => OfferKind.Internship;

    public string? Employer { get; set; }

    public string? OccupationalField { get; set; }

    public InternshipType InternshipType { get; set; }

    public CefrLevel? GermanLevel { get; set; }

    public int? DurationWeeks { get; set; }

    public int? HoursPerWeek { get; set; }

    public DateOnly? StartsOn { get; set; }

    public bool Paid { get; set; }

    public int? Places { get; set; }
}

/// <summary>An AK Asyl or Asylkreis: the group, never individual volunteers.</summary>
public sealed class VolunteerCircle : Offer
{
    public override OfferKind Kind => OfferKind.VolunteerCircle;

    public List<string> Activities { get; set; } = [];

    public string? MeetingTimes { get; set; }

    public List<string> Languages { get; set; } = [];
}

public sealed class Authority : Offer
{
    public override OfferKind Kind => OfferKind.Authority;

    public AuthorityType AuthorityType { get; set; }

    /// <summary>Weekly slots such as "Mo 08:00-12:00"; see <see cref="OpeningSlot"/>.</summary>
    public List<string> OpeningHours { get; set; } = [];

    public bool ByAppointment { get; set; }

    public bool TemporarilyClosed { get; set; }

    public string? AppointmentUrl { get; set; }

    public List<string> Languages { get; set; } = [];
}
