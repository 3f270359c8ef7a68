using System.Globalization;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Web.Common.Forms;

namespace IntegrationsNetz.Web.Offers;

/// <summary>
/// The edit form of an offer: text fields as typed (German dates and decimal commas accepted), turned into the
/// API shape so the form and the API share one mapping and one set of rules.
/// </summary>
public sealed class OfferForm
{
    public string? Slug { get; set; }

    public bool Published { get; set; }

    public string? LastCheckedOn { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? TitleEn { get; set; }

    public string? DescriptionEn { get; set; }

    public string? TitleAr { get; set; }

    public string? DescriptionAr { get; set; }

    public List<string> Municipalities { get; set; } = [];

    public string? ProviderName { get; set; }

    public string? Street { get; set; }

    public string? Postcode { get; set; }

    public string? City { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string? Website { get; set; }

    public string? Tags { get; set; }

    public string? StepFree { get; set; }

    public string? CourseType { get; set; }

    public string? LevelFrom { get; set; }

    public string? LevelTo { get; set; }

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }

    public bool RollingEntry { get; set; }

    public string? RegistrationDeadline { get; set; }

    public List<string> Weekdays { get; set; } = [];

    public string? TimeFrom { get; set; }

    public string? TimeTo { get; set; }

    public string? Format { get; set; }

    public bool Childcare { get; set; }

    public bool WomenOnly { get; set; }

    public string? Cost { get; set; }

    public string? FeeAmount { get; set; }

    public string? Places { get; set; }

    public string? PlacesTaken { get; set; }

    public string? Employer { get; set; }

    public string? OccupationalField { get; set; }

    public string? InternshipType { get; set; }

    public string? GermanLevel { get; set; }

    public string? DurationWeeks { get; set; }

    public string? HoursPerWeek { get; set; }

    public bool Paid { get; set; }

    public string? Activities { get; set; }

    public string? MeetingTimes { get; set; }

    public string? Languages { get; set; }

    public string? AuthorityType { get; set; }

    public string? OpeningHours { get; set; }

    public bool ByAppointment { get; set; }

    public bool TemporarilyClosed { get; set; }

    public string? AppointmentUrl { get; set; }

    public static OfferForm From(OfferDto o) => new()
    {
        Slug = o.Slug, Published = o.Status == nameof(OfferStatus.Published), LastCheckedOn = FormValues.Show(o.LastCheckedOn),
        Title = Text(o, "de")?.Title, Description = Text(o, "de")?.Description,
        TitleEn = Text(o, "en")?.Title, DescriptionEn = Text(o, "en")?.Description,
        TitleAr = Text(o, "ar")?.Title, DescriptionAr = Text(o, "ar")?.Description,
        Municipalities = o.Municipalities.ToList(), ProviderName = o.ProviderName, Street = o.Street, Postcode = o.Postcode, City = o.City,
        Latitude = o.Latitude?.ToString("0.######", CultureInfo.GetCultureInfo("de")), Longitude = o.Longitude?.ToString("0.######", CultureInfo.GetCultureInfo("de")),
        ContactEmail = o.ContactEmail, ContactPhone = o.ContactPhone, Website = o.Website, Tags = string.Join(", ", o.Tags), StepFree = o.StepFree,
        CourseType = o.CourseType, LevelFrom = o.LevelFrom, LevelTo = o.LevelTo, StartsOn = FormValues.Show(o.StartsOn), EndsOn = FormValues.Show(o.EndsOn),
        RollingEntry = o.RollingEntry ?? false, RegistrationDeadline = FormValues.Show(o.RegistrationDeadline), Weekdays = o.Weekdays?.ToList() ?? [],
        TimeFrom = o.TimeFrom, TimeTo = o.TimeTo, Format = o.Format, Childcare = o.Childcare ?? false, WomenOnly = o.WomenOnly ?? false, Cost = o.Cost,
        FeeAmount = FormValues.Show(o.FeeAmount), Places = o.Places?.ToString(CultureInfo.InvariantCulture),
        PlacesTaken = o.PlacesTaken?.ToString(CultureInfo.InvariantCulture), Employer = o.Employer, OccupationalField = o.OccupationalField,
        InternshipType = o.InternshipType, GermanLevel = o.GermanLevel, DurationWeeks = o.DurationWeeks?.ToString(CultureInfo.InvariantCulture),
        HoursPerWeek = o.HoursPerWeek?.ToString(CultureInfo.InvariantCulture), Paid = o.Paid ?? false, Activities = string.Join(", ", o.Activities ?? []),
        MeetingTimes = o.MeetingTimes, Languages = string.Join(", ", o.Languages ?? []), AuthorityType = o.AuthorityType,
        OpeningHours = string.Join("\n", o.OpeningHours ?? []), ByAppointment = o.ByAppointment ?? false, TemporarilyClosed = o.TemporarilyClosed ?? false,
        AppointmentUrl = o.AppointmentUrl,
    };

    public OfferDto ToDto(string kind, List<FieldError> errors)
    {
        var texts = new List<OfferTextDto> { new("de", Title ?? string.Empty, Description) };
        if (!string.IsNullOrWhiteSpace(TitleEn))
        {
            texts.Add(new OfferTextDto("en", TitleEn, DescriptionEn));
        }

        if (!string.IsNullOrWhiteSpace(TitleAr))
        {
            texts.Add(new OfferTextDto("ar", TitleAr, DescriptionAr));
        }

        return new OfferDto
        {
            Kind = kind, Slug = Slug?.Trim(), Status = Published ? nameof(OfferStatus.Published) : nameof(OfferStatus.Draft),
            LastCheckedOn = Date(LastCheckedOn, nameof(LastCheckedOn), errors), Texts = texts, Municipalities = Municipalities,
            ProviderName = Blank(ProviderName), Street = Blank(Street), Postcode = Blank(Postcode), City = Blank(City),
            Latitude = Number(Latitude, nameof(Latitude), errors), Longitude = Number(Longitude, nameof(Longitude), errors),
            ContactEmail = Blank(ContactEmail), ContactPhone = Blank(ContactPhone), Website = Blank(Website), Tags = List(Tags), StepFree = StepFree,
            CourseType = CourseType, LevelFrom = Blank(LevelFrom), LevelTo = Blank(LevelTo),
            StartsOn = Date(StartsOn, nameof(StartsOn), errors), EndsOn = Date(EndsOn, nameof(EndsOn), errors), RollingEntry = RollingEntry,
            RegistrationDeadline = Date(RegistrationDeadline, nameof(RegistrationDeadline), errors), Weekdays = Weekdays,
            TimeFrom = Blank(TimeFrom), TimeTo = Blank(TimeTo), Format = Format, Childcare = Childcare, WomenOnly = WomenOnly, Cost = Cost,
            FeeAmount = (decimal?)Number(FeeAmount, nameof(FeeAmount), errors), Places = Integer(Places, nameof(Places), errors),
            PlacesTaken = Integer(PlacesTaken, nameof(PlacesTaken), errors), Employer = Blank(Employer), OccupationalField = Blank(OccupationalField),
            InternshipType = InternshipType, GermanLevel = Blank(GermanLevel), DurationWeeks = Integer(DurationWeeks, nameof(DurationWeeks), errors),
            HoursPerWeek = Integer(HoursPerWeek, nameof(HoursPerWeek), errors), Paid = Paid, Activities = List(Activities), MeetingTimes = Blank(MeetingTimes),
            Languages = List(Languages), AuthorityType = AuthorityType,
            OpeningHours = (OpeningHours ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            ByAppointment = ByAppointment, TemporarilyClosed = TemporarilyClosed, AppointmentUrl = Blank(AppointmentUrl),
        };
    }

    private static OfferTextDto? Text(OfferDto o, string culture) => o.Texts.FirstOrDefault(t => t.Culture == culture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> List(string? value) =>
        (value ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    // Parsing is the toolkit's (FormValues); this form only names the field in the German message.
    private static DateOnly? Date(string? value, string field, List<FieldError> errors)
    {
        if (FormValues.TryParseDate(value, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(field, Messages.Format("InvalidDate", value!)));
        return null;
    }

    private static double? Number(string? value, string field, List<FieldError> errors)
    {
        if (FormValues.TryParseDecimal(value, out var number))
        {
            return (double?)number;
        }

        errors.Add(new FieldError(field, Messages.Format("InvalidNumber", value!)));
        return null;
    }

    private static int? Integer(string? value, string field, List<FieldError> errors)
    {
        if (FormValues.TryParseInt(value, out var number))
        {
            return number;
        }

        errors.Add(new FieldError(field, Messages.Format("InvalidNumber", value!)));
        return null;
    }
}
