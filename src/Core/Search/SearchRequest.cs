using IntegrationsNetz.Core.Offers;

namespace IntegrationsNetz.Core.Search;

public enum SearchSort
{
    Relevance,
    Start,
    Distance,
}

/// <summary>A validated search: every list is OR within itself, AND with the others.</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }

    public string Culture { get; init; } = "de";

    public IReadOnlyList<OfferKind> Kinds { get; init; } = [];

    public IReadOnlyList<string> Municipalities { get; init; } = [];

    public IReadOnlyList<CourseType> CourseTypes { get; init; } = [];

    public IReadOnlyList<CefrLevel> Levels { get; init; } = [];

    public IReadOnlyList<CourseFormat> Formats { get; init; } = [];

    public IReadOnlyList<CourseCost> Costs { get; init; } = [];

    public bool? Childcare { get; init; }

    public bool? WomenOnly { get; init; }

    public bool FreePlacesOnly { get; init; }

    public DateOnly? StartsBefore { get; init; }

    /// <summary>Local time in Germany to test opening hours against; null means no "open now" filter.</summary>
    public DateTime? OpenAt { get; init; }

    public GeoPoint? Near { get; init; }

    public double? RadiusKm { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

public sealed record GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Great-circle distance in kilometres.</summary>
    public double DistanceKm(double latitude, double longitude)
    {
        const double earthRadiusKm = 6371.0;
        var dLat = Radians(latitude - Latitude);
        var dLon = Radians(longitude - Longitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return earthRadiusKm * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}

public sealed record SearchHit(Guid Id, OfferKind Kind, string Slug, string Title, string TitleCulture, IReadOnlyList<string> Municipalities, string Snippet, double? DistanceKm);

public sealed record SearchResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Items,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    string? DidYouMean)
{
    /// <summary>No offer matched every word; these are the offers that match the most of them.</summary>
    public bool Partial { get; init; }
}
