namespace IntegrationsNetz.Core.Search;

/// <summary>Names of the index fields, and the facets the directory offers.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Title = "title";

    /// <summary>Titles and tags: the short text that says what an offer is; a match here ranks high.</summary>
    public const string Head = "head";

    /// <summary>Title, tags and description of every language together: the field a word has to match.</summary>
    public const string Text = "text";

    public const string Spelling = "spell";
    public const string Start = "start";
    public const string Latitude = "lat";
    public const string Longitude = "lon";
    public const string OpenQuarter = "openq";
    public const string FreePlaces = "freePlaces";
    public const string TitleSort = "titleSort";

    /// <summary>What a hit shows (see HitDisplay).</summary>
    public const string Display = "display";

    public const string Kind = "kind";
    public const string Municipality = "municipality";
    public const string CourseType = "courseType";
    public const string Level = "level";
    public const string Format = "format";
    public const string Childcare = "childcare";
    public const string WomenOnly = "womenOnly";
    public const string Cost = "cost";

    public static IReadOnlyList<string> Facets { get; } = [Kind, Municipality, CourseType, Level, Format, Childcare, WomenOnly, Cost];

    public const string Yes = "ja";
    public const string No = "nein";
}
