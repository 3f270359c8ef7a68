using System.Reflection;
using System.Runtime.CompilerServices;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace IntegrationsNetz.Benchmarks;

/// <summary>Which of the proposed changes to SearchService the prototype applies.</summary>
public sealed record PrototypeOptions(
    string Name, bool TopK = false, bool CachedValues = false, bool CachedFilters = false, bool FuzzyOnlyForUnknownWords = false, bool PartsInTitleAndTagsOnly = false);

/// <summary>
/// --prototype: a copy of SearchService.Search with the changes proposed in docs/performance.md, to measure them
/// before src/ adopts them. It uses the service's own Filters and Combine (through reflection), TextQueryBuilder,
/// Snippets and SpellingSuggester; only these differ:
/// 1. FuzzyOnlyForUnknownWords: a word's FuzzyQuery clauses are dropped when the word itself is in the title or tags
///    dictionary (typo tolerance only for words the index does not know), so no Levenshtein automata are built for them.
/// 2. CachedValues: facet ords, start, latitude/longitude and the title rank are read once per segment into arrays
///    (cached per segment core / per reader), instead of through Lucene's DirectPackedReader for every hit.
/// 3. TopK: only the best Page × PageSize hits are kept (a bounded heap) instead of every hit being listed and sorted.
/// 4. CachedFilters: each filter clause is a CachingWrapperFilter (its bit set is kept per segment and reused by every
///    search with the same filter); the latitude/longitude bounding box is dropped, as the collector checks the exact
///    distance anyway (with CachedValues that is an array look-up per hit).
/// 5. PartsInTitleAndTagsOnly: the parts of a compound ("deutsch" + "kurs" for "Deutschkurs") must be found in the
///    title or tags, no longer anywhere in the description; this one changes which offers are found.
/// 1-4 return the same results as SearchService; 5 returns fewer hits (the report counts them).
/// </summary>
public sealed class PrototypeSearch(SearchIndex index, PrototypeOptions options)
{
    private static readonly GermanSearchAnalyzer Analyzer = new();
    private static readonly MethodInfo FiltersMethod = typeof(SearchService).GetMethod("Filters", BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CombineMethod = typeof(SearchService).GetMethod("Combine", BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly ConditionalWeakTable<object, SegmentValues> Segments = [];
    private static readonly ConditionalWeakTable<IndexReader, int[]> TitleRanks = [];
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Query, Filter> FilterCache = new();

    public SearchResult Search(SearchRequest request)
    {
        var tokens = TextQueryBuilder.Analyze(Analyzer, request.Query);
        var searcher = index.Acquire();
        try
        {
            var text = TextQueryBuilder.Build(tokens);
            if (options.FuzzyOnlyForUnknownWords && text is not null)
            {
                text = WithoutFuzzyForKnownWords(text, searcher.IndexReader);
            }

            if (options.PartsInTitleAndTagsOnly && text is not null)
            {
                text = PartsInTitleAndTags(text, inParts: false);
            }

            var filters = (IReadOnlyList<Query>)FiltersMethod.Invoke(null, [request])!;
            var query = options.CachedFilters ? Combine(text, filters) : (Query)CombineMethod.Invoke(null, [text, filters])!;
            var hasText = tokens.Count > 0;
            var mode = request.Sort switch
            {
                SearchSort.Start => Mode.Start,
                SearchSort.Distance => Mode.Distance,
                _ => hasText ? Mode.Score : Mode.Title,
            };
            var keep = options.TopK ? request.Page * request.PageSize : int.MaxValue;
            var titleRanks = mode == Mode.Title ? TitleRank(searcher.IndexReader) : null;
            var collector = new Collector(request.Near, request.RadiusKm, mode, keep, options.CachedValues, titleRanks);
            searcher.Search(query, collector);
            var page = collector.Sorted().Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
                .Select(hit => ToHit(searcher, hit, request.Culture, tokens)).ToList();
            var didYouMean = collector.Total == 0 && hasText ? SpellingSuggester.Suggest(searcher.IndexReader, request.Query!) : null;
            return new SearchResult(collector.Total, request.Page, request.PageSize, page, collector.Facets(), didYouMean);
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private Query Combine(Query? text, IReadOnlyList<Query> filters)
    {
        var query = new BooleanQuery { { text ?? new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var filter in filters)
        {
            if (options.CachedValues && filter is NumericRangeQuery<double> { Field: SearchFields.Latitude or SearchFields.Longitude })
            {
                continue;
            }

            if (FilterCache.Count > 10_000)
            {
                FilterCache.Clear();
            }

            var cached = FilterCache.GetOrAdd(filter, f => new CachingWrapperFilter(new QueryWrapperFilter(f)));
            query.Add(new ConstantScoreQuery(cached) { Boost = 0f }, Occur.MUST);
        }

        return query;
    }

    /// <summary>Removes the description from the "all parts of the compound" alternative.</summary>
    private static Query PartsInTitleAndTags(Query query, bool inParts)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var isParts = !inParts && boolean.Boost == 0.5f && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST && c.Query is BooleanQuery);
        var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            if (inParts && clause.Query is TermQuery { Term.Field: SearchFields.Description })
            {
                continue;
            }

            copy.Add(PartsInTitleAndTags(clause.Query, inParts || isParts), clause.Occur);
        }

        return copy;
    }

    /// <summary>Drops FuzzyQuery clauses for words that are spelled as in the index; keeps them for unknown words (typos).</summary>
    private static Query WithoutFuzzyForKnownWords(Query query, IndexReader reader)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Query is FuzzyQuery fuzzy && (reader.DocFreq(new Term(SearchFields.Title, fuzzy.Term.Text)) > 0 || reader.DocFreq(new Term(SearchFields.Tags, fuzzy.Term.Text)) > 0))
            {
                continue;
            }

            copy.Add(WithoutFuzzyForKnownWords(clause.Query, reader), clause.Occur);
        }

        return copy;
    }

    /// <summary>The rank of every document's title in the whole index, computed once per reader (i.e. per index refresh).</summary>
    private static int[] TitleRank(IndexReader reader) => TitleRanks.GetValue(reader, r =>
    {
        var ranks = new int[r.MaxDoc];
        var titles = MultiDocValues.GetSortedValues(r, SearchFields.TitleSort);
        for (var doc = 0; doc < ranks.Length; doc++)
        {
            ranks[doc] = titles?.GetOrd(doc) ?? 0;
        }

        return ranks;
    });

    private static SegmentValues Values(AtomicReader reader) => Segments.GetValue(reader.CoreCacheKey, _ => SegmentValues.Load(reader));

    private static SearchHit ToHit(IndexSearcher searcher, Hit hit, string culture, IReadOnlyList<QueryToken> tokens)
    {
        var doc = searcher.Doc(hit.Doc);
        var own = doc.Get(SearchFields.StoredTitle + culture);
        return new SearchHit(
            Guid.Parse(doc.Get(SearchFields.Id)),
            Enum.Parse<OfferKind>(doc.Get(SearchFields.Kind)),
            doc.Get(SearchFields.Slug),
            own ?? doc.Get(SearchFields.StoredTitle + PortalCulture.SourceKey) ?? string.Empty,
            own is null ? PortalCulture.SourceKey : culture,
            (doc.Get(SearchFields.Municipality) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
            Snippets.Build(Analyzer, doc.Get(SearchFields.StoredText) ?? string.Empty, tokens),
            hit.Distance is { } d ? Math.Round(d, 1) : null);
    }

    private enum Mode
    {
        Score,
        Title,
        Start,
        Distance,
    }

    private readonly record struct Hit(int Doc, float Score, int Start, double? Distance, int TitleRank);

    /// <summary>"Better" first, in the same order as SearchService.Sort.</summary>
    private sealed class HitOrder(Mode mode) : IComparer<Hit>
    {
        public int Compare(Hit a, Hit b)
        {
            var c = mode switch
            {
                Mode.Score => b.Score.CompareTo(a.Score),
                Mode.Title => a.TitleRank.CompareTo(b.TitleRank),
                Mode.Start => StartKey(a).CompareTo(StartKey(b)) is var s && s != 0 ? s : b.Score.CompareTo(a.Score),
                _ => (a.Distance ?? double.MaxValue).CompareTo(b.Distance ?? double.MaxValue) is var d && d != 0 ? d : b.Score.CompareTo(a.Score),
            };
            return c != 0 ? c : a.Doc.CompareTo(b.Doc);
        }

        private static int StartKey(Hit h) => h.Start == 0 ? int.MaxValue : h.Start;
    }

    /// <summary>Per segment: every value the collector needs, in plain arrays.</summary>
    private sealed class SegmentValues
    {
        public required int[][] Ords { get; init; } // per facet: ords of doc d are Ords[f][Starts[f][d] .. Starts[f][d + 1]]

        public required int[][] Starts { get; init; }

        public required string[][] Terms { get; init; }

        public required int[] Start { get; init; }

        public required double[] Latitude { get; init; }

        public required double[] Longitude { get; init; }

        public required bool[] HasLocation { get; init; }

        public static SegmentValues Load(AtomicReader reader)
        {
            var max = reader.MaxDoc;
            var facets = SearchFields.Facets;
            var ords = new int[facets.Count][];
            var starts = new int[facets.Count][];
            var terms = new string[facets.Count][];
            var bytes = new BytesRef();
            for (var f = 0; f < facets.Count; f++)
            {
                var values = reader.GetSortedSetDocValues(facets[f]);
                var list = new List<int>(max);
                var offsets = new int[max + 1];
                terms[f] = [];
                if (values is not null)
                {
                    terms[f] = new string[values.ValueCount];
                    for (var ord = 0; ord < values.ValueCount; ord++)
                    {
                        values.LookupOrd(ord, bytes);
                        terms[f][ord] = bytes.Utf8ToString();
                    }

                    for (var doc = 0; doc < max; doc++)
                    {
                        offsets[doc] = list.Count;
                        values.SetDocument(doc);
                        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                        {
                            list.Add((int)ord);
                        }
                    }
                }

                offsets[max] = list.Count;
                ords[f] = [.. list];
                starts[f] = offsets;
            }

            var start = new int[max];
            var lat = new double[max];
            var lon = new double[max];
            var has = new bool[max];
            var startValues = reader.GetNumericDocValues(SearchFields.Start);
            var latValues = reader.GetNumericDocValues(SearchFields.Latitude);
            var lonValues = reader.GetNumericDocValues(SearchFields.Longitude);
            var hasValues = reader.GetDocsWithField(SearchFields.Latitude);
            for (var doc = 0; doc < max; doc++)
            {
                start[doc] = (int)(startValues?.Get(doc) ?? 0);
                has[doc] = hasValues?.Get(doc) == true;
                if (has[doc])
                {
                    lat[doc] = BitConverter.Int64BitsToDouble(latValues!.Get(doc));
                    lon[doc] = BitConverter.Int64BitsToDouble(lonValues!.Get(doc));
                }
            }

            return new SegmentValues { Ords = ords, Starts = starts, Terms = terms, Start = start, Latitude = lat, Longitude = lon, HasLocation = has };
        }
    }

    private sealed class Collector(GeoPoint? near, double? radiusKm, Mode mode, int keep, bool cached, int[]? titleRanks) : ICollector
    {
        private readonly HitOrder _order = new(mode);
        private readonly List<Hit> _all = [];
        private readonly PriorityQueue<Hit, Hit> _best = new(Comparer<Hit>.Create((a, b) => new HitOrder(mode).Compare(b, a)));
        private readonly Dictionary<string, Dictionary<string, int>> _facets = SearchFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        private readonly SortedSetDocValues?[] _dv = new SortedSetDocValues?[SearchFields.Facets.Count];
        private long[][] _counts = [];
        private string[][] _terms = [];
        private Scorer? _scorer;
        private int _docBase;
        private SegmentValues? _values;
        private NumericDocValues? _start;
        private NumericDocValues? _lat;
        private NumericDocValues? _lon;
        private IBits? _has;

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            var reader = context.AtomicReader;
            _docBase = context.DocBase;
            _counts = new long[SearchFields.Facets.Count][];
            _terms = new string[SearchFields.Facets.Count][];
            if (cached)
            {
                _values = Values(reader);
                for (var f = 0; f < _counts.Length; f++)
                {
                    _counts[f] = new long[_values.Terms[f].Length];
                    _terms[f] = _values.Terms[f];
                }

                return;
            }

            var bytes = new BytesRef();
            for (var f = 0; f < _counts.Length; f++)
            {
                _dv[f] = reader.GetSortedSetDocValues(SearchFields.Facets[f]);
                _counts[f] = new long[_dv[f]?.ValueCount ?? 0];
                _terms[f] = new string[_counts[f].Length];
                for (var ord = 0; ord < _terms[f].Length; ord++)
                {
                    _dv[f]!.LookupOrd(ord, bytes);
                    _terms[f][ord] = bytes.Utf8ToString();
                }
            }

            _start = reader.GetNumericDocValues(SearchFields.Start);
            _lat = reader.GetNumericDocValues(SearchFields.Latitude);
            _lon = reader.GetNumericDocValues(SearchFields.Longitude);
            _has = reader.GetDocsWithField(SearchFields.Latitude);
        }

        public void Collect(int doc)
        {
            double? distance = null;
            if (near is not null)
            {
                var has = _values is { } v0 ? v0.HasLocation[doc] : _has?.Get(doc) == true;
                if (has)
                {
                    distance = _values is { } v1
                        ? near.DistanceKm(v1.Latitude[doc], v1.Longitude[doc])
                        : near.DistanceKm(BitConverter.Int64BitsToDouble(_lat!.Get(doc)), BitConverter.Int64BitsToDouble(_lon!.Get(doc)));
                }

                if (radiusKm is { } radius && (distance is null || distance > radius))
                {
                    return;
                }
            }

            Total++;
            if (_values is { } v)
            {
                for (var f = 0; f < _counts.Length; f++)
                {
                    var ords = v.Ords[f];
                    var counts = _counts[f];
                    for (int i = v.Starts[f][doc], end = v.Starts[f][doc + 1]; i < end; i++)
                    {
                        counts[ords[i]]++;
                    }
                }
            }
            else
            {
                for (var f = 0; f < _counts.Length; f++)
                {
                    if (_dv[f] is not { } values)
                    {
                        continue;
                    }

                    values.SetDocument(doc);
                    for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                    {
                        _counts[f][ord]++;
                    }
                }
            }

            var global = _docBase + doc;
            var score = mode is Mode.Title ? 0f : _scorer?.GetScore() ?? 0f;
            var start = mode is not Mode.Start ? 0 : _values is { } vs ? vs.Start[doc] : (int)(_start?.Get(doc) ?? 0);
            var hit = new Hit(global, score, start, distance, titleRanks?[global] ?? 0);
            if (keep == int.MaxValue)
            {
                _all.Add(hit);
            }
            else if (_best.Count < keep)
            {
                _best.Enqueue(hit, hit);
            }
            else if (_order.Compare(hit, _best.Peek()) < 0)
            {
                _best.DequeueEnqueue(hit, hit);
            }
        }

        public IEnumerable<Hit> Sorted()
        {
            var hits = keep == int.MaxValue ? _all : [.. _best.UnorderedItems.Select(i => i.Element)];
            hits.Sort(_order);
            return hits;
        }

        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets()
        {
            Flush();
            return _facets.ToDictionary(f => f.Key, f => (IReadOnlyDictionary<string, int>)f.Value);
        }

        private void Flush()
        {
            for (var f = 0; f < _counts.Length; f++)
            {
                var target = _facets[SearchFields.Facets[f]];
                for (var ord = 0; ord < _counts[f].Length; ord++)
                {
                    if (_counts[f][ord] != 0)
                    {
                        var key = _terms[f][ord];
                        target[key] = target.GetValueOrDefault(key) + (int)_counts[f][ord];
                    }
                }
            }

            _counts = [];
        }
    }
}
