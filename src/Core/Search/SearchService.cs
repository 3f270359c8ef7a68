using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Offers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IntegrationsNetz.Core.Search;

/// <summary>Searches this node's index. Reads only the index, never the database, so a search is a few milliseconds.</summary>
public sealed class SearchService(SearchIndex index)
{
    private static readonly GermanSearchAnalyzer Analyzer = new();

    public SearchResult Search(SearchRequest request)
    {
        var tokens = TextQueryBuilder.Analyze(Analyzer, request.Query);
        var query = Combine(TextQueryBuilder.Build(tokens), Filters(request));
        var searcher = index.Acquire();
        try
        {
            var collector = new HitCollector(request.Near, request.RadiusKm);
            searcher.Search(query, collector);
            var sorted = Sort(collector.Hits, request, tokens.Count > 0, searcher.IndexReader);
            var page = sorted.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
                .Select(hit => ToHit(searcher, hit, request.Culture, tokens)).ToList();
            var didYouMean = collector.Hits.Count == 0 && tokens.Count > 0 ? SpellingSuggester.Suggest(searcher.IndexReader, request.Query!) : null;
            return new SearchResult(collector.Hits.Count, request.Page, request.PageSize, page, collector.Facets, didYouMean);
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private static Query Combine(Query? text, IReadOnlyList<Query> filters)
    {
        var query = new BooleanQuery { { text ?? new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var filter in filters)
        {
            // Filters narrow the hits but must not change their ranking.
            query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        return query;
    }

    private static List<Query> Filters(SearchRequest r)
    {
        var filters = new List<Query>();
        AnyOf(filters, SearchFields.Kind, r.Kinds.Select(k => k.ToString()));
        AnyOf(filters, SearchFields.Municipality, r.Municipalities);
        AnyOf(filters, SearchFields.CourseType, r.CourseTypes.Select(c => c.ToString()));
        AnyOf(filters, SearchFields.Level, r.Levels.Select(l => l.ToString()));
        AnyOf(filters, SearchFields.Format, r.Formats.Select(f => f.ToString()));
        AnyOf(filters, SearchFields.Cost, r.Costs.Select(c => c.ToString()));
        if (r.Childcare is { } childcare)
        {
            filters.Add(new TermQuery(new Term(SearchFields.Childcare, childcare ? SearchFields.Yes : SearchFields.No)));
        }

        if (r.WomenOnly is { } womenOnly)
        {
            filters.Add(new TermQuery(new Term(SearchFields.WomenOnly, womenOnly ? SearchFields.Yes : SearchFields.No)));
        }

        if (r.FreePlacesOnly)
        {
            filters.Add(new TermQuery(new Term(SearchFields.FreePlaces, SearchFields.Yes)));
        }

        if (r.StartsBefore is { } before)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(SearchFields.Start, int.MinValue, OfferDocument.DateKey(before), true, false));
        }

        if (r.OpenAt is { } local)
        {
            filters.Add(new TermQuery(new Term(SearchFields.OpenQuarter, OfferDocument.Quarter(local.DayOfWeek, TimeOnly.FromDateTime(local)))));
        }

        if (r is { Near: { } near, RadiusKm: { } radius })
        {
            // A cheap bounding box first; the collector then checks the exact distance.
            var dLat = radius / 111.0;
            var dLon = radius / (111.0 * Math.Cos(near.Latitude * Math.PI / 180));
            filters.Add(NumericRangeQuery.NewDoubleRange(SearchFields.Latitude, near.Latitude - dLat, near.Latitude + dLat, true, true));
            filters.Add(NumericRangeQuery.NewDoubleRange(SearchFields.Longitude, near.Longitude - dLon, near.Longitude + dLon, true, true));
        }

        return filters;
    }

    private static void AnyOf(List<Query> filters, string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct())
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        if (any.Clauses.Count > 0)
        {
            filters.Add(any);
        }
    }

    private static IEnumerable<CollectedHit> Sort(List<CollectedHit> hits, SearchRequest request, bool hasText, IndexReader reader)
    {
        switch (request.Sort)
        {
            case SearchSort.Start:
                // Dated offers soonest first; offers one can join any time after them.
                return hits.OrderBy(h => h.Start == 0 ? int.MaxValue : h.Start).ThenByDescending(h => h.Score).ThenBy(h => h.Doc);
            case SearchSort.Distance:
                return hits.OrderBy(h => h.DistanceKm ?? double.MaxValue).ThenByDescending(h => h.Score).ThenBy(h => h.Doc);
            default:
                if (hasText)
                {
                    return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Doc);
                }

                var titles = MultiDocValues.GetSortedValues(reader, SearchFields.TitleSort);
                return titles is null ? hits : hits.OrderBy(h => titles.GetOrd(h.Doc)).ThenBy(h => h.Doc);
        }
    }

    private static SearchHit ToHit(IndexSearcher searcher, CollectedHit hit, string culture, IReadOnlyList<QueryToken> tokens)
    {
        var doc = searcher.Doc(hit.Doc);
        var own = doc.Get(SearchFields.StoredTitle + culture);
        var kind = Enum.Parse<OfferKind>(doc.Get(SearchFields.Kind));
        return new SearchHit(
            Guid.Parse(doc.Get(SearchFields.Id)),
            kind,
            doc.Get(SearchFields.Slug),
            own ?? doc.Get(SearchFields.StoredTitle + PortalCulture.SourceKey) ?? string.Empty,
            own is null ? PortalCulture.SourceKey : culture,
            (doc.Get(SearchFields.Municipality) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
            Snippets.Build(Analyzer, doc.Get(SearchFields.StoredText) ?? string.Empty, tokens),
            hit.DistanceKm is { } d ? Math.Round(d, 1) : null);
    }
}
