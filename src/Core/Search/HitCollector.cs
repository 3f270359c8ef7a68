using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IntegrationsNetz.Core.Search;

/// <summary>How the hits of a search are ordered.</summary>
internal enum HitOrder
{
    /// <summary>Best score first.</summary>
    Score,

    /// <summary>Alphabetically by title (searches without words).</summary>
    Title,

    /// <summary>Soonest start first, offers one can join any time after the dated ones; then by score.</summary>
    Start,

    /// <summary>Nearest first, offers without a location last; then by score.</summary>
    Distance,
}

internal readonly record struct CollectedHit(int Doc, float Score, double? DistanceKm);

/// <summary>
/// Collects every hit once: the filters checked per hit, the exact distance, the facet counts, and only the best
/// Page × PageSize hits in the requested order (a bounded heap), instead of listing and sorting all of them.
/// Written by hand because Lucene.Net.Facet is not in our package registry.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private readonly SearchFilter _filter;
    private readonly GeoPoint? _near;
    private readonly double? _radiusKm;
    private readonly HitOrder _order;
    private readonly int[]? _titleRank;
    private readonly TopHits _top;
    private readonly Dictionary<string, int>[] _facets = SearchFields.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private int[] _hits = [];
    private int _hitCount;
    private Scorer? _scorer;
    private int _docBase;
    private SegmentValues? _values;
    private SearchFilter.Segment? _check;
    private readonly GeoBox? _box;

    /// <param name="keep">How many of the best hits to keep (the hits of the requested page and all pages before it).</param>
    /// <param name="titleRank">For <see cref="HitOrder.Title"/>: <see cref="ReaderValues.TitleRank"/> of the searched reader.</param>
    public HitCollector(SearchFilter filter, GeoPoint? near, double? radiusKm, HitOrder order, int keep, int[]? titleRank = null)
    {
        _filter = filter;
        _near = near;
        _radiusKm = radiusKm;
        _order = order;
        _titleRank = titleRank;
        _top = new TopHits(keep, order != HitOrder.Title);
        if (near is not null && radiusKm is { } radius)
        {
            _box = GeoBox.Around(near, radius);
        }
    }

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Per facet, the number of hits with each value (values without hits are left out).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets
    {
        get
        {
            Flush();
            var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>(_facets.Length, StringComparer.Ordinal);
            for (var f = 0; f < _facets.Length; f++)
            {
                facets[SearchFields.Facets[f]] = _facets[f];
            }

            return facets;
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public IReadOnlyList<CollectedHit> Best() => _top.Sorted();

    /// <summary>Adds what a collector of the same search found in other segments.</summary>
    public void Add(HitCollector other)
    {
        Flush();
        other.Flush();
        Total += other.Total;
        _top.AddAll(other._top);
        for (var f = 0; f < _facets.Length; f++)
        {
            foreach (var (value, count) in other._facets[f])
            {
                _facets[f][value] = _facets[f].GetValueOrDefault(value) + count;
            }
        }
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _docBase = context.DocBase;
        _values = SegmentValues.Of(context.AtomicReader);
        _check = _filter.ChecksHits ? _filter.For(_values) : null;
        _hits = ArrayPool<int>.Shared.Rent(Math.Max(1, context.AtomicReader.MaxDoc));
        _hitCount = 0;
    }

    public void Collect(int doc)
    {
        var values = _values!;
        if (_check is not null && !_check.Accepts(doc))
        {
            return;
        }

        double? distance = null;
        if (_near is not null)
        {
            if (values.HasLocation[doc])
            {
                var (latitude, longitude) = (values.Latitude[doc], values.Longitude[doc]);

                // Most hits of a broad word lie far outside the radius; two comparisons rule them out before the
                // trigonometry of the exact distance.
                if (_box is { } box && !box.Contains(latitude, longitude))
                {
                    return;
                }

                distance = _near.DistanceKm(latitude, longitude);
            }

            if (_radiusKm is { } radius && (distance is null || distance > radius))
            {
                return;
            }
        }

        Total++;
        _hits[_hitCount++] = doc;

        var key = _order switch
        {
            HitOrder.Score => 0,
            HitOrder.Title => _titleRank![_docBase + doc],

            // Dated offers soonest first; offers one can join any time after them.
            HitOrder.Start => values.Start[doc] == 0 ? int.MaxValue : values.Start[doc],
            _ => distance ?? double.MaxValue,
        };

        // The score is only needed where it decides: always for relevance, otherwise only for hits that can still make
        // it into the heap, so most hits of a sorted search are never scored.
        if (_order == HitOrder.Score)
        {
            var score = _scorer!.GetScore();
            if (_top.Competes(-score))
            {
                _top.Offer(-score, score, _docBase + doc, distance);
            }
        }
        else if (_top.Competes(key))
        {
            _top.Offer(key, _order == HitOrder.Title ? 0f : _scorer!.GetScore(), _docBase + doc, distance);
        }
    }

    /// <summary>Counts the facet values of the segment's hits.</summary>
    private void Flush()
    {
        if (_values is null)
        {
            return;
        }

        var counts = _values.Facets.Select(c => new int[c.Values.Length]).ToArray();
        _values.CountFacets(_hits, _hitCount, counts);
        for (var f = 0; f < _facets.Length; f++)
        {
            var names = _values.Facets[f].Values;
            var target = _facets[f];
            for (var ord = 0; ord < names.Length; ord++)
            {
                if (counts[f][ord] != 0)
                {
                    target[names[ord]] = target.GetValueOrDefault(names[ord]) + counts[f][ord];
                }
            }
        }

        ArrayPool<int>.Shared.Return(_hits);
        _hits = [];
        _values = null;
    }
}
