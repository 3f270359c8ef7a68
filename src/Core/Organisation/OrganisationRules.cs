using System.Text.RegularExpressions;
using IntegrationsNetz.Core.Common;

namespace IntegrationsNetz.Core.Organisation;

/// <summary>The rules every organisation item must satisfy, whether it comes from a form, the API or a uSync file.</summary>
public static partial class OrganisationRules
{
    /// <summary>Slugs a municipality cannot take because the public URL space uses them.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "info", "api", "backoffice", "css", "js", "img", "healthz", "openapi", "suche", "angebote", "status", "error",
    };

    // Germany's bounding box: a coordinate outside it is a typo (swapped latitude and longitude, a missing digit).
    public const double MinLatitude = 47.2, MaxLatitude = 55.1, MinLongitude = 5.8, MaxLongitude = 15.1;

    public static Validator Name(Validator v, string? name, string? slug) =>
        v.Required("Name", name, "Name").MaxLength("Name", name, 200, "Name")
         .Required("Slug", slug, "Adresse (Slug)").Slug("Slug", slug, "Adresse (Slug)");

    public static Validator Validate(District d) =>
        Name(new Validator(), d.Name, d.Slug).Check(
            d.OfficialKey is null or "" || DistrictKey().IsMatch(d.OfficialKey), "OfficialKey", "InvalidDistrictKey");

    public static Validator Validate(Municipality m)
    {
        var v = Name(new Validator(), m.Name, m.Slug)
            .Check(!ReservedSlugs.Contains(m.Slug), "Slug", "ReservedSlug")
            .Check(MunicipalityKey().IsMatch(m.OfficialKey ?? string.Empty), "OfficialKey", "InvalidMunicipalityKey")
            .Check(m.Latitude is >= MinLatitude and <= MaxLatitude && m.Longitude is >= MinLongitude and <= MaxLongitude, "Latitude", "CoordinatesOutsideGermany");
        foreach (var postcode in m.Postcodes.Where(p => !Postcode().IsMatch(p)))
        {
            v.Add("Postcodes", Messages.Format("InvalidPostcode", postcode));
        }

        return v;
    }

    public static Validator Validate(Provider p) =>
        Name(new Validator(), p.Name, p.Slug)
            .Check(p.Email is null or "" || p.Email.Contains('@', StringComparison.Ordinal), "Email", "InvalidEmail")
            .Check(p.Website is null or "" || Uri.TryCreate(p.Website, UriKind.Absolute, out var u) && u.Scheme is "https" or "http", "Website", "InvalidWebsite");

    public static Validator Validate(Cooperation c) =>
        Name(new Validator(), c.Name, c.Slug).MaxLength("Description", c.Description, 2000, "Beschreibung")
            .Check(c.Municipalities.Count >= 1, "Municipalities", "CooperationNeedsMunicipality");

    public static Validator Validate(Team t) => Name(new Validator(), t.Name, t.Slug);

    private static Validator Check(this Validator v, bool ok, string field, string messageKey) =>
        ok ? v : v.Add(field, Messages.Get(messageKey));

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex DistrictKey();

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex MunicipalityKey();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex Postcode();
}
