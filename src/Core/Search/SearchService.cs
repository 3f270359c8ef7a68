using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Offers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IntegrationsNetz.Core.Search;

/// <summary>Searches this node's index. Reads only the index, never the database, so a search is a few milliseconds.</summary>
public sealed class SearchService(SearchIndex index, SearchSynonyms? synonyms = null)
{
    // Per service, with the stemming the index was opened with (the benchmark compares stemmings in one process).
    private readonly GermanSearchAnalyzer _analyzer = new();

    // The texts behind the snippets, analysed with the analyzer above: a district's directory fits; a larger one
    // starts afresh now and then.
    private readonly AnalysedTexts _texts = new(capacity: 4096);

    /// <summary>The vocabulary the queries are built with (read from the synonyms file at start).</summary>
    public SearchSynonyms Synonyms { get; set; } = synonyms ?? SearchSynonyms.Empty;

    // Below this many documents a search takes about a millisecond; more threads would only add overhead.
    private const int ParallelFrom = 20_000;

    public SearchResult Search(SearchRequest request)
    {
        var tokens = TextQueryBuilder.Analyze(_analyzer, request.Query);
        var searcher = index.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var hasText = tokens.Count > 0;
            var synonyms = Synonyms;
            var collected = FilterOnlyCache.Applies(request, hasText)
                ? FilterOnlyCache.GetOrAdd(reader, request, () => Collect(searcher, request, tokens, 0, synonyms))
                : Collect(searcher, request, tokens, 0, synonyms);
            var didYouMean = collected.Total == 0 && hasText ? SpellingSuggester.Suggest(reader, request.Query!) : null;
            var partial = false;
            var words = TextQueryBuilder.WordCount(tokens);
            if (collected.Total == 0 && words > 1)
            {
                // No offer has every word: the offers with the most of them, fewer words at a time, at most three tries.
                // Words no offer can match are left out first; where all the remaining words are required, that is
                // the ordinary search over them.
                var live = tokens.GroupBy(t => t.Position).Where(w => TextQueryBuilder.CanMatch(w.ToList(), reader, synonyms)).SelectMany(w => w).ToList();
                var liveWords = TextQueryBuilder.WordCount(live);
                foreach (var required in new[] { words - 1, (words + 1) / 2, 1 }.Select(n => Math.Min(n, liveWords)).Where(n => n >= 1).Distinct())
                {
                    var some = Collect(searcher, request, live, required == liveWords ? 0 : required, synonyms);
                    if (some.Total > 0)
                    {
                        (collected, partial) = (some, true);
                        break;
                    }
                }
            }

            var page = collected.Best.Skip((request.Page - 1) * request.PageSize)
                .Select(hit => ToHit(searcher, hit, request.Culture, tokens)).ToList();
            return new SearchResult(collected.Total, request.Page, request.PageSize, page, collected.Facets, didYouMean) { Partial = partial };
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private static Collected Collect(IndexSearcher searcher, SearchRequest request, IReadOnlyList<QueryToken> tokens, int minimumShouldMatch, SearchSynonyms synonyms)
    {
        var reader = searcher.IndexReader;
        var filter = SearchFilter.Create(request, reader);
        var order = Order(request, tokens.Count > 0);
        var query = Combine(TextQueryBuilder.Build(tokens, reader, order == HitOrder.Score, minimumShouldMatch, synonyms), filter.Clauses);
        var titleRank = order == HitOrder.Title ? ReaderValues.TitleRank(reader) : null;
        HitCollector NewCollector() => new(filter, request.Near, request.RadiusKm, order, request.Page * request.PageSize, titleRank);
        var groups = SegmentGroups(reader);
        if (groups.Count == 1)
        {
            var single = NewCollector();
            searcher.Search(query, single);
            return new Collected(single.Total, single.Best(), single.Facets);
        }

        // A large index has several segments: search groups of them on all cores at once, then merge.
        var weight = searcher.CreateNormalizedWeight(query);
        var collectors = new HitCollector[groups.Count];
        Parallel.For(0, groups.Count, g =>
        {
            var collector = NewCollector();
            foreach (var leaf in groups[g])
            {
                collector.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }

            collectors[g] = collector;
        });
        for (var g = 1; g < collectors.Length; g++)
        {
            collectors[0].Add(collectors[g]);
        }

        return new Collected(collectors[0].Total, collectors[0].Best(), collectors[0].Facets);
    }

    /// <summary>The segments split into one group per core, of about equal size; one group for a small index.</summary>
    private static List<List<AtomicReaderContext>> SegmentGroups(IndexReader reader)
    {
        var leaves = reader.Leaves;
        var count = reader.MaxDoc < ParallelFrom ? 1 : Math.Min(Environment.ProcessorCount, leaves.Count);
        var groups = Enumerable.Range(0, Math.Max(1, count)).Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[groups.Count];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            groups[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }

        return groups;
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

    private SearchHit ToHit(IndexSearcher searcher, CollectedHit hit, string culture, IReadOnlyList<QueryToken> tokens)
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
            Snippets.Build(_texts, _analyzer, display.Text, tokens),
            hit.DistanceKm is { } d ? Math.Round(d, 1) : null);
    }
}
