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
        var searcher = index.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var hasText = tokens.Count > 0;
            var collected = FilterOnlyCache.Applies(request, hasText)
                ? FilterOnlyCache.GetOrAdd(reader, request, () => Collect(searcher, request, tokens))
                : Collect(searcher, request, tokens);
            var page = collected.Best.Skip((request.Page - 1) * request.PageSize)
                .Select(hit => ToHit(searcher, hit, request.Culture, tokens)).ToList();
            var didYouMean = collected.Total == 0 && hasText ? SpellingSuggester.Suggest(reader, request.Query!) : null;
            return new SearchResult(collected.Total, request.Page, request.PageSize, page, collected.Facets, didYouMean);
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private static Collected Collect(IndexSearcher searcher, SearchRequest request, IReadOnlyList<QueryToken> tokens)
    {
        var reader = searcher.IndexReader;
        var filter = SearchFilter.Create(request, reader);
        var query = Combine(TextQueryBuilder.Build(tokens, reader), filter.Clauses);
        var order = Order(request, tokens.Count > 0);
        var collector = new HitCollector(filter, request.Near, request.RadiusKm, order, request.Page * request.PageSize,
            order == HitOrder.Title ? ReaderValues.TitleRank(reader) : null);
        searcher.Search(query, collector);
        return new Collected(collector.Total, collector.Best(), collector.Facets);
    }

    internal static Query Combine(Query? text, IReadOnlyList<Query> filters)
    {
        var query = new BooleanQuery { { text ?? new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var filter in filters)
        {
            // Filters narrow the hits but must not change their ranking.
            query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        return query;
    }

    internal static HitOrder Order(SearchRequest request, bool hasText) => request.Sort switch
    {
        SearchSort.Start => HitOrder.Start,
        SearchSort.Distance => HitOrder.Distance,
        _ => hasText ? HitOrder.Score : HitOrder.Title,
    };

    private static SearchHit ToHit(IndexSearcher searcher, CollectedHit hit, string culture, IReadOnlyList<QueryToken> tokens)
    {
        var display = HitDisplay.Of(searcher.IndexReader, hit.Doc);
        var own = display.TitleIn(culture);
        return new SearchHit(
            display.Id,
            display.Kind,
            display.Slug,
            own ?? display.TitleIn(PortalCulture.SourceKey) ?? string.Empty,
            own is null ? PortalCulture.SourceKey : culture,
            display.Municipalities.Split(',', StringSplitOptions.RemoveEmptyEntries),
            Snippets.Build(Analyzer, display.Text, tokens),
            hit.DistanceKm is { } d ? Math.Round(d, 1) : null);
    }
}
