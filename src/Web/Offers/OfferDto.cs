using IntegrationsNetz.Core.Offers;

namespace IntegrationsNetz.Web.Offers;

public sealed record OfferTextDto(string Culture, string Title, string? Description);

/// <summary>
/// One shape for all four kinds, as read and as written through the API; fields of other kinds stay null.
/// Enum values are their names (e.g. "IntegrationskursFrauen", "B1").
/// </summary>
public sealed record OfferDto
{
    public Guid? Id { get; init; }

    public string? Kind { get; init; }

    public string? Slug { get; init; }

    public string? Status { get; init; }

    public DateOnly? LastCheckedOn { get; init; }

    public IReadOnlyList<OfferTextDto> Texts { get; init; } = [];

    public IReadOnlyList<string> Municipalities { get; init; } = [];

    public string? ProviderName { get; init; }

    public string? Street { get; init; }

    public string? Postcode { get; init; }

    public string? City { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public string? Website { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? StepFree { get; init; }

    public string? CourseType { get; init; }

    public string? LevelFrom { get; init; }

    public string? LevelTo { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public bool? RollingEntry { get; init; }

    public DateOnly? RegistrationDeadline { get; init; }

    public IReadOnlyList<string>? Weekdays { get; init; }

    public string? TimeFrom { get; init; }

    public string? TimeTo { get; init; }

    public string? Format { get; init; }

    public bool? Childcare { get; init; }

    public bool? WomenOnly { get; init; }

    public string? Cost { get; init; }

    public decimal? FeeAmount { get; init; }

    public int? Places { get; init; }

    public int? PlacesTaken { get; init; }

    public int? FreePlaces { get; init; }

    public string? Employer { get; init; }

    public string? OccupationalField { get; init; }

    public string? InternshipType { get; init; }

    public string? GermanLevel { get; init; }

    public int? DurationWeeks { get; init; }

    public int? HoursPerWeek { get; init; }

    public bool? Paid { get; init; }

    public IReadOnlyList<string>? Activities { get; init; }

    public string? MeetingTimes { get; init; }

    public IReadOnlyList<string>? Languages { get; init; }

    public string? AuthorityType { get; init; }

    public IReadOnlyList<string>? OpeningHours { get; init; }

    public bool? ByAppointment { get; init; }

    public bool? TemporarilyClosed { get; init; }

    public string? AppointmentUrl { get; init; }

    public DateTime? UpdatedAt { get; init; }
}
