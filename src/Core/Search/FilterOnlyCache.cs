using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace IntegrationsNetz.Core.Search;

/// <summary>What a search found: the number of hits, the kept best ones, and the facet counts.</summary>
internal sealed record Collected(int Total, IReadOnlyList<CollectedHit> Best, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

/// <summary>
/// Results of searches without words and without a location (the directory's landing page and its facet links),
/// kept per index reader: they are the same for every visitor until the index changes, and then the reader changes
/// and the old results go with it.
/// </summary>
internal static class FilterOnlyCache
{
    // Different filter combinations per reader; beyond that the cache starts over rather than tracking use.
    private const int MaxEntries = 256;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Collected>> Results = [];

    public static bool Applies(SearchRequest request, bool hasText) => !hasText && request.Near is null;

    public static Collected GetOrAdd(IndexReader reader, SearchRequest request, Func<Collected> search)
    {
        var results = Results.GetValue(reader, _ => new ConcurrentDictionary<string, Collected>(StringComparer.Ordinal));
        var key = Key(request);
        if (results.TryGetValue(key, out var known))
        {
            return known;
        }

        var collected = search();
        if (results.Count >= MaxEntries)
        {
            results.Clear();
        }

        results[key] = collected;
        return collected;
    }

    /// <summary>Everything that decides the hits and their order (not the culture: it only picks the titles shown).</summary>
    private static string Key(SearchRequest r) => string.Join('|',
        List(r.Kinds), List(r.Municipalities), List(r.CourseTypes), List(r.Levels), List(r.Formats), List(r.Costs),
        r.Childcare, r.WomenOnly, r.FreePlacesOnly, r.StartsBefore?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        r.OpenAt is { } local ? OfferDocument.Quarter(local.DayOfWeek, TimeOnly.FromDateTime(local)) : null,
        r.Sort, r.Page * r.PageSize);

    private static string List<T>(IEnumerable<T> values) =>
        string.Join(',', values.Select(v => v?.ToString()).Distinct().Order(StringComparer.Ordinal));
}
