using System.Globalization;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Web.Offers;

/// <summary>Between the API shape and the entities. Unknown enum names become field errors, never exceptions.</summary>
public static class OfferMapping
{
    public static OfferDto ToDto(Offer o)
    {
        var dto = new OfferDto
        {
            Id = o.Id, Kind = o.Kind.ToString(), Slug = o.Slug, Status = o.Status.ToString(), LastCheckedOn = o.LastCheckedOn,
            Texts = o.Texts.Select(t => new OfferTextDto(t.Culture, t.Title, t.Description)).ToList(),
            Municipalities = o.Municipalities.Select(m => m.Slug).Order(StringComparer.Ordinal).ToList(),
            ProviderName = o.ProviderName, Street = o.Street, Postcode = o.Postcode, City = o.City, Latitude = o.Latitude, Longitude = o.Longitude,
            ContactEmail = o.ContactEmail, ContactPhone = o.ContactPhone, Website = o.Website, Tags = o.Tags, StepFree = o.StepFree.ToString(),
            UpdatedAt = o.UpdatedAt,
        };
        return o switch
        {
            LanguageCourse c => dto with
            {
                CourseType = c.CourseType.ToString(), LevelFrom = c.LevelFrom?.ToString(), LevelTo = c.LevelTo?.ToString(), StartsOn = c.StartsOn, EndsOn = c.EndsOn,
                RollingEntry = c.RollingEntry, RegistrationDeadline = c.RegistrationDeadline, Weekdays = c.Weekdays.Select(d => d.ToString()).ToList(),
                TimeFrom = c.TimeFrom?.ToString("HH:mm", CultureInfo.InvariantCulture), TimeTo = c.TimeTo?.ToString("HH:mm", CultureInfo.InvariantCulture),
                Format = c.Format.ToString(), Childcare = c.Childcare, WomenOnly = c.WomenOnly, Cost = c.Cost.ToString(), FeeAmount = c.FeeAmount,
                Places = c.Places, PlacesTaken = c.PlacesTaken, FreePlaces = c.FreePlaces,
            },
            Internship i => dto with
            {
                Employer = i.Employer, OccupationalField = i.OccupationalField, InternshipType = i.InternshipType.ToString(), GermanLevel = i.GermanLevel?.ToString(),
                DurationWeeks = i.DurationWeeks, HoursPerWeek = i.HoursPerWeek, StartsOn = i.StartsOn, Paid = i.Paid, Places = i.Places,
            },
            VolunteerCircle v => dto with { Activities = v.Activities, MeetingTimes = v.MeetingTimes, Languages = v.Languages },
            Authority a => dto with
            {
                AuthorityType = a.AuthorityType.ToString(), OpeningHours = a.OpeningHours, ByAppointment = a.ByAppointment,
                TemporarilyClosed = a.TemporarilyClosed, AppointmentUrl = a.AppointmentUrl, Languages = a.Languages,
            },
            _ => dto,
        };
    }

    /// <summary>Creates a new offer of the DTO's kind, or fills an existing one (whose kind cannot change).</summary>
    public static Offer? Apply(OfferDto dto, Offer? existing, IReadOnlyList<Municipality> municipalities, List<FieldError> errors)
    {
        var kind = existing?.Kind ?? Parse<OfferKind>(dto.Kind, "kind", errors, required: true);
        if (errors.Count > 0 || kind is null)
        {
            return null;
        }

        if (existing is not null && dto.Kind is not null && !string.Equals(dto.Kind, existing.Kind.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("kind", "Die Art eines Angebots lässt sich nicht ändern."));
            return null;
        }

        var offer = existing ?? kind switch
        {
            OfferKind.LanguageCourse => new LanguageCourse(),
            OfferKind.Internship => new Internship(),
            OfferKind.VolunteerCircle => new VolunteerCircle(),
            _ => new Authority(),
        };
        offer.Slug = dto.Slug ?? string.Empty;
        offer.Status = Parse<OfferStatus>(dto.Status, "status", errors) ?? OfferStatus.Draft;
        offer.LastCheckedOn = dto.LastCheckedOn;
        // "texts": null and the like arrive as null despite the declared type: treat them as empty lists.
        var texts = dto.Texts ?? [];
        var slugs = dto.Municipalities ?? [];
        foreach (var text in texts)
        {
            if (text.Culture is null)
            {
                errors.Add(new FieldError("texts", "Jeder Text braucht eine Sprache (culture)."));
                continue;
            }

            var target = offer.Text(text.Culture);
            if (target is null)
            {
                offer.Texts.Add(new OfferText { Culture = text.Culture, Title = text.Title ?? string.Empty, Description = text.Description ?? string.Empty });
            }
            else
            {
                (target.Title, target.Description) = (text.Title ?? string.Empty, text.Description ?? string.Empty);
            }
        }

        offer.Texts.RemoveAll(t => texts.All(d => d.Culture != t.Culture));
        var unknown = slugs.Where(slug => municipalities.All(m => m.Slug != slug)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(new FieldError("municipalities", $"Unbekannte Gemeinden: {string.Join(", ", unknown)}."));
        }

        offer.Municipalities = municipalities.Where(m => slugs.Contains(m.Slug)).ToList();
        (offer.ProviderName, offer.Street, offer.Postcode, offer.City) = (dto.ProviderName, dto.Street, dto.Postcode, dto.City);
        (offer.Latitude, offer.Longitude) = (dto.Latitude, dto.Longitude);
        (offer.ContactEmail, offer.ContactPhone, offer.Website) = (dto.ContactEmail, dto.ContactPhone, dto.Website);
        offer.Tags = (dto.Tags ?? []).ToList();
        offer.StepFree = Parse<StepFreeAccess>(dto.StepFree, "stepFree", errors) ?? StepFreeAccess.Unknown;
        switch (offer)
        {
            case LanguageCourse c:
                c.CourseType = Parse<CourseType>(dto.CourseType, "courseType", errors, required: true) ?? default;
                c.LevelFrom = Parse<CefrLevel>(dto.LevelFrom, "levelFrom", errors);
                c.LevelTo = Parse<CefrLevel>(dto.LevelTo, "levelTo", errors);
                (c.StartsOn, c.EndsOn, c.RegistrationDeadline) = (dto.StartsOn, dto.EndsOn, dto.RegistrationDeadline);
                c.RollingEntry = dto.RollingEntry ?? false;
                c.Weekdays = (dto.Weekdays ?? []).Select(d => Parse<DayOfWeek>(d, "weekdays", errors) ?? default).Distinct().ToList();
                c.TimeFrom = Time(dto.TimeFrom, "timeFrom", errors);
                c.TimeTo = Time(dto.TimeTo, "timeTo", errors);
                c.Format = Parse<CourseFormat>(dto.Format, "format", errors) ?? CourseFormat.InPerson;
                (c.Childcare, c.WomenOnly) = (dto.Childcare ?? false, dto.WomenOnly ?? false);
                c.Cost = Parse<CourseCost>(dto.Cost, "cost", errors) ?? CourseCost.Funded;
                (c.FeeAmount, c.Places, c.PlacesTaken) = (dto.FeeAmount, dto.Places, dto.PlacesTaken ?? 0);
                break;
            case Internship i:
                (i.Employer, i.OccupationalField) = (dto.Employer, dto.OccupationalField);
                i.InternshipType = Parse<InternshipType>(dto.InternshipType, "internshipType", errors) ?? InternshipType.Orientierungspraktikum;
                i.GermanLevel = Parse<CefrLevel>(dto.GermanLevel, "germanLevel", errors);
                (i.DurationWeeks, i.HoursPerWeek, i.StartsOn, i.Paid, i.Places) = (dto.DurationWeeks, dto.HoursPerWeek, dto.StartsOn, dto.Paid ?? false, dto.Places);
                break;
            case VolunteerCircle v:
                (v.Activities, v.MeetingTimes, v.Languages) = ((dto.Activities ?? []).ToList(), dto.MeetingTimes, (dto.Languages ?? []).ToList());
                break;
            case Authority a:
                a.AuthorityType = Parse<AuthorityType>(dto.AuthorityType, "authorityType", errors, required: true) ?? default;
                (a.OpeningHours, a.ByAppointment, a.TemporarilyClosed) = ((dto.OpeningHours ?? []).ToList(), dto.ByAppointment ?? false, dto.TemporarilyClosed ?? false);
                (a.AppointmentUrl, a.Languages) = (dto.AppointmentUrl, (dto.Languages ?? []).ToList());
                break;
        }

        return offer;
    }

    public static T? Parse<T>(string? raw, string field, List<FieldError> errors, bool required = false)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (required)
            {
                errors.Add(new FieldError(field, $"{field} ist erforderlich. Möglich: {string.Join(", ", Enum.GetNames<T>())}."));
            }

            return null;
        }

        if (Enum.TryParse<T>(raw.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(raw, out _))
        {
            return value;
        }

        errors.Add(new FieldError(field, $"„{raw}“ ist kein gültiger Wert für {field}. Möglich: {string.Join(", ", Enum.GetNames<T>())}."));
        return null;
    }

    private static TimeOnly? Time(string? raw, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(raw.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(new FieldError(field, $"{field} muss eine Uhrzeit wie 08:30 sein."));
        return null;
    }
}
