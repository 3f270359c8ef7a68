using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// The offers whose titles or tags contain all parts of a compound ("deutsch" and "kurs" for "Deutschkurs"), kept as a
/// bit set per segment. The parts are among the most frequent words of the directory, so intersecting their postings
/// took most of a search's matching time, and the same few combinations come up again and again. A segment never
/// changes, so its bit set stays valid until the segment is merged away (deleted documents are filtered out on top).
/// </summary>
internal static class CompoundParts
{
    // Different combinations kept; beyond that the cache starts over rather than tracking use.
    private const int MaxEntries = 1024;

    private static readonly ConcurrentDictionary<string, Filter> Filters = new(StringComparer.Ordinal);

    public static Filter Filter(IReadOnlyList<string> parts)
    {
        var key = string.Join(' ', parts.Order(StringComparer.Ordinal));
        if (Filters.TryGetValue(key, out var known))
        {
            return known;
        }

        if (Filters.Count >= MaxEntries)
        {
            Filters.Clear();
        }

        var all = new BooleanQuery();
        foreach (var part in parts)
        {
            all.Add(new TermQuery(new Term(SearchFields.Head, part)), Occur.MUST);
        }

        return Filters.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(all)));
    }
}
