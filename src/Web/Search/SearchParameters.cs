using System.Globalization;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Search;

/// <summary>
/// Reads the search parameters of the API and of the public search page (the same names in both), and names the
/// parameter in every error. Filters may repeat: kind=LanguageCourse&amp;kind=Authority.
/// </summary>
public sealed class SearchParameters(MunicipalityPlaces places, TimeProvider time)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 500;
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public async Task<(SearchRequest? Request, IReadOnlyList<FieldError> Errors)> ParseAsync(IQueryCollection query, string culture, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var request = new SearchRequest
        {
            Query = query["q"].ToString() is { Length: > 0 } q ? q : null,
            Culture = culture,
            Kinds = Enums<OfferKind>(query, "kind", errors),
            Municipalities = query["municipality"].Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m!.Trim()).ToList(),
            CourseTypes = Enums<CourseType>(query, "courseType", errors),
            Levels = Enums<CefrLevel>(query, "level", errors),
            Formats = Enums<CourseFormat>(query, "format", errors),
            Costs = Enums<CourseCost>(query, "cost", errors),
            Childcare = Flag(query, "childcare", errors),
            WomenOnly = Flag(query, "womenOnly", errors),
            FreePlacesOnly = Flag(query, "freeSeats", errors) == true,
            StartsBefore = Date(query, "startsBefore", errors),
            OpenAt = Flag(query, "openNow", errors) == true ? TimeZoneInfo.ConvertTime(time.GetUtcNow(), Berlin).DateTime : null,
            Page = Integer(query, "page", 1, 1, MaxPage, errors),
            PageSize = Integer(query, "pageSize", 20, 1, MaxPageSize, errors),
            Sort = Sort(query, errors),
        };

        var radius = Number(query, "radiusKm", 1, 500, errors);
        var near = query["near"].ToString();
        if (near.Length > 0)
        {
            var point = await ResolveAsync(near.Trim(), ct);
            if (point is null)
            {
                errors.Add(new FieldError("near", $"„{near}“ ist weder eine Gemeinde noch eine Postleitzahl im Portal."));
            }

            // A place given means "near me": nearest first, unless another order was asked for.
            request = request with { Near = point, RadiusKm = radius, Sort = query["sort"].Count == 0 ? SearchSort.Distance : request.Sort };
        }
        else if (radius is not null)
        {
            errors.Add(new FieldError("radiusKm", "radiusKm braucht near (Gemeinde oder Postleitzahl)."));
        }

        if (request.Sort == SearchSort.Distance && near.Length == 0)
        {
            errors.Add(new FieldError("sort", "Die Sortierung nach Entfernung braucht near (Gemeinde oder Postleitzahl)."));
        }

        return errors.Count == 0 ? (request, errors) : (null, errors);
    }

    private async Task<GeoPoint?> ResolveAsync(string near, CancellationToken ct) =>
        await PlaceAsync(near, ct) is { } match ? new GeoPoint(match.Latitude, match.Longitude) : null;

    /// <summary>The municipality a place stands for (slug, postcode or name), to name it as the visitor knows it.</summary>
    public async Task<string?> PlaceNameAsync(string near, CancellationToken ct) => (await PlaceAsync(near.Trim(), ct))?.Name;

    private async Task<MunicipalityPlace?> PlaceAsync(string near, CancellationToken ct)
    {
        var municipalities = await places.AllAsync(ct);
        return municipalities.FirstOrDefault(m => m.Slug == near)
            ?? municipalities.FirstOrDefault(m => m.Postcodes.Contains(near))
            ?? municipalities.FirstOrDefault(m => string.Equals(m.Name, near, StringComparison.CurrentCultureIgnoreCase));
    }

    /// <summary>The names of the municipalities by slug, to show instead of the slugs.</summary>
    public async Task<IReadOnlyDictionary<string, string>> MunicipalityNamesAsync(CancellationToken ct) =>
        (await places.AllAsync(ct)).ToDictionary(m => m.Slug, m => m.Name, StringComparer.Ordinal);

    private static List<T> Enums<T>(IQueryCollection query, string name, List<FieldError> errors)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var raw in query[name].Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            // Numbers would parse as enum values ("3"); only names count.
            if (Enum.TryParse<T>(raw, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(raw, out _))
            {
                values.Add(value);
            }
            else
            {
                errors.Add(new FieldError(name, $"„{raw}“ ist kein gültiger Wert für {name}. Möglich: {string.Join(", ", Enum.GetNames<T>())}."));
            }
        }

        return values;
    }

    private static bool? Flag(IQueryCollection query, string name, List<FieldError> errors)
    {
        var raw = query[name].ToString();
        switch (raw.ToLowerInvariant())
        {
            case "":
                return null;
            case "true" or "ja" or "1" or "on":
                return true;
            case "false" or "nein" or "0":
                return false;
            default:
                errors.Add(new FieldError(name, $"{name} muss true oder false sein."));
                return null;
        }
    }

    private static DateOnly? Date(IQueryCollection query, string name, List<FieldError> errors)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(name, $"{name} muss ein Datum wie 2027-01-31 sein."));
        return null;
    }

    private static int Integer(IQueryCollection query, string name, int fallback, int min, int max, List<FieldError> errors)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(new FieldError(name, $"{name} muss eine ganze Zahl zwischen {min} und {max} sein."));
        return fallback;
    }

    private static double? Number(IQueryCollection query, string name, double min, double max, List<FieldError> errors)
    {
        var raw = query[name].ToString().Replace(',', '.');
        if (raw.Length == 0)
        {
            return null;
        }

        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(new FieldError(name, $"{name} muss eine Zahl zwischen {min} und {max} sein."));
        return null;
    }

    private static SearchSort Sort(IQueryCollection query, List<FieldError> errors)
    {
        var raw = query["sort"].ToString();
        if (raw.Length == 0)
        {
            return SearchSort.Relevance;
        }

        if (Enum.TryParse<SearchSort>(raw, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(raw, out _))
        {
            return sort;
        }

        errors.Add(new FieldError("sort", "sort muss relevance, start oder distance sein."));
        return SearchSort.Relevance;
    }

    public static string OfferUrl(string culture, string slug) => $"/{culture}/angebote/{slug}";

    /// <summary>The link to an offer from a search, carrying the search so the offer page can lead back to it.</summary>
    public static string OfferUrl(string culture, string slug, QueryString search) =>
        search.HasValue ? $"{OfferUrl(culture, slug)}?{BackParameter}={Uri.EscapeDataString(search.Value![1..])}" : OfferUrl(culture, slug);

    public const string BackParameter = "suche";

    /// <summary>The search page with the query and filters an offer link carried; only the search page's own parameters are kept.</summary>
    public static string BackToSearch(string culture, string? carried)
    {
        var builder = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
        foreach (var (name, values) in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(carried ?? string.Empty).Where(p => Names.Contains(p.Key)))
        {
            builder.Add(name, values.Where(v => v is not null).Select(v => v!));
        }

        return $"/{culture}/suche{builder.ToQueryString()}";
    }

    /// <summary>The parameters of a search.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "q", "kind", "municipality", "courseType", "level", "format", "childcare", "womenOnly", "cost", "freeSeats",
        "startsBefore", "openNow", "near", "radiusKm", "sort", "page", "pageSize",
    };
}
