using EmailAddressAttribute = System.ComponentModel.DataAnnotations.EmailAddressAttribute;
using System.Text.RegularExpressions;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.Offers;

/// <summary>What every offer must satisfy, from a form, the API, a CSV file or a content file.</summary>
public static partial class OfferRules
{
    public static Validator Validate(Offer offer)
    {
        var v = new Validator()
            .Required("Slug", offer.Slug, "Adresse (Slug)")
            .Slug("Slug", offer.Slug, "Adresse (Slug)");
        var german = offer.Text(PortalCulture.SourceKey);
        v.Required("Title", german?.Title, "Titel (Deutsch)").MaxLength("Title", german?.Title, 300, "Titel");
        foreach (var text in offer.Texts)
        {
            Check(v, PortalCulture.IsKnown(text.Culture), "Texts", "UnknownCulture");
            v.Text("Title", text.Title, 300, "Titel").Text("Description", text.Description, MaxDescription, "Beschreibung", multiline: true);
        }

        v.Text("ProviderName", offer.ProviderName, 200, "Träger").Text("Street", offer.Street, 200, "Straße").Text("City", offer.City, 100, "Ort")
            .Text("ContactEmail", offer.ContactEmail, 256, "E-Mail").Text("ContactPhone", offer.ContactPhone, 50, "Telefon").Text("Website", offer.Website, 500, "Webseite");
        CheckList(v, "Tags", offer.Tags, "Schlagworte");
        v.Date("LastCheckedOn", offer.LastCheckedOn, "Zuletzt geprüft");

        Check(v, offer.Municipalities.Count > 0, "Municipalities", "OfferNeedsMunicipality");
        Check(v, offer.Latitude is null == offer.Longitude is null, "Latitude", "CoordinatesIncomplete");
        if (offer is { Latitude: { } lat, Longitude: { } lon })
        {
            Check(v, lat is >= OrganisationRules.MinLatitude and <= OrganisationRules.MaxLatitude
                     && lon is >= OrganisationRules.MinLongitude and <= OrganisationRules.MaxLongitude, "Latitude", "CoordinatesOutsideGermany");
        }

        Check(v, offer.Postcode is null or "" || PostcodePattern().IsMatch(offer.Postcode), "Postcode", "InvalidPostcodeField");
        Check(v, offer.ContactEmail is null or "" || new EmailAddressAttribute().IsValid(offer.ContactEmail), "ContactEmail", "InvalidEmail");
        Check(v, offer.Website is null or "" || IsWebAddress(offer.Website), "Website", "InvalidWebsite");
        switch (offer)
        {
            case LanguageCourse c:
                ValidateCourse(v, c);
                break;
            case Internship i:
                v.Text("Employer", i.Employer, 200, "Betrieb").Text("OccupationalField", i.OccupationalField, 200, "Berufsfeld");
                v.Date("StartsOn", i.StartsOn, "Beginn");
                Check(v, i.DurationWeeks is null or (>= 1 and <= 104), "DurationWeeks", "InvalidDuration");
                Check(v, i.HoursPerWeek is null or (>= 1 and <= 60), "HoursPerWeek", "InvalidHoursPerWeek");
                Check(v, i.Places is null or >= 0, "Places", "InvalidPlaces");
                break;
            case VolunteerCircle circle:
                v.Text("MeetingTimes", circle.MeetingTimes, 300, "Treffen");
                CheckList(v, "Activities", circle.Activities, "Tätigkeiten");
                CheckList(v, "Languages", circle.Languages, "Sprachen");
                break;
            case Authority a:
                CheckList(v, "OpeningHours", a.OpeningHours, "Öffnungszeiten");
                CheckList(v, "Languages", a.Languages, "Sprachen");
                v.Text("AppointmentUrl", a.AppointmentUrl, 500, "Terminbuchung");
                foreach (var slot in a.OpeningHours.Where(s => !OpeningSlot.TryParse(s, out _)))
                {
                    v.Add("OpeningHours", Messages.Format("InvalidOpeningSlot", slot));
                }

                Check(v, a.AppointmentUrl is null or "" || IsWebAddress(a.AppointmentUrl), "AppointmentUrl", "InvalidWebsite");
                break;
        }

        return v;
    }

    public const int MaxDescription = 20_000;

    /// <summary>Short words in a list: at most 50 entries of 100 characters, none empty.</summary>
    private static void CheckList(Validator v, string field, List<string> values, string label)
    {
        if (values.Count > 50 || values.Any(x => x is null || x.Length > 100 || TextRules.HasControlCharacters(x, allowLineBreaks: false)))
        {
            v.Add(field, Messages.Format("InvalidList", label, 50, 100));
        }
    }

    private static void ValidateCourse(Validator v, LanguageCourse c)
    {
        v.Date("StartsOn", c.StartsOn, "Beginn");
        v.Date("EndsOn", c.EndsOn, "Ende");
        v.Date("RegistrationDeadline", c.RegistrationDeadline, "Anmeldeschluss");
        Check(v, c.LevelFrom is null || c.LevelTo is null || c.LevelFrom <= c.LevelTo, "LevelTo", "LevelRangeReversed");
        Check(v, c.StartsOn is null || c.EndsOn is null || c.EndsOn >= c.StartsOn, "EndsOn", "EndBeforeStart");
        Check(v, c.RegistrationDeadline is null || c.EndsOn is null || c.RegistrationDeadline <= c.EndsOn, "RegistrationDeadline", "DeadlineAfterEnd");
        Check(v, c.TimeFrom is null || c.TimeTo is null || c.TimeTo > c.TimeFrom, "TimeTo", "TimeRangeReversed");
        Check(v, c.Cost != CourseCost.Fee || c.FeeAmount > 0, "FeeAmount", "FeeNeedsAmount");
        Check(v, c.FeeAmount is null or >= 0, "FeeAmount", "FeeNeedsAmount");
        Check(v, c.Places is null or >= 0, "Places", "InvalidPlaces");
        Check(v, c.PlacesTaken >= 0 && (c.Places is null || c.PlacesTaken <= c.Places), "PlacesTaken", "PlacesTakenOutOfRange");
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    private static void Check(Validator v, bool ok, string field, string key)
    {
        if (!ok)
        {
            v.Add(field, Messages.Get(key));
        }
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostcodePattern();
}
