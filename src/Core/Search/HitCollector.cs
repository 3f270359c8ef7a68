using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace IntegrationsNetz.Core.Search;

internal readonly record struct CollectedHit(int Doc, float Score, int Start, double? DistanceKm);

/// <summary>
/// Collects every hit once: its score and sort keys, the exact distance filter, and the facet counts.
/// Written by hand because Lucene.Net.Facet is not in our package registry.
/// </summary>
internal sealed class HitCollector(GeoPoint? near, double? radiusKm) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _facets = SearchFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[SearchFields.Facets.Count];
    private readonly long[]?[] _counts = new long[]?[SearchFields.Facets.Count];
    private Scorer? _scorer;
    private int _docBase;
    private NumericDocValues? _start;
    private NumericDocValues? _latitude;
    private NumericDocValues? _longitude;
    private IBits? _hasLocation;

    public List<CollectedHit> Hits { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets
    {
        get
        {
            Flush();
            return _facets.ToDictionary(f => f.Key, f => (IReadOnlyDictionary<string, int>)f.Value);
        }
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        for (var i = 0; i < SearchFields.Facets.Count; i++)
        {
            _values[i] = reader.GetSortedSetDocValues(SearchFields.Facets[i]);
            _counts[i] = _values[i] is { } values ? new long[values.ValueCount] : null;
        }

        _start = reader.GetNumericDocValues(SearchFields.Start);
        _latitude = reader.GetNumericDocValues(SearchFields.Latitude);
        _longitude = reader.GetNumericDocValues(SearchFields.Longitude);
        _hasLocation = reader.GetDocsWithField(SearchFields.Latitude);
    }

    public void Collect(int doc)
    {
        double? distance = null;
        if (near is not null)
        {
            if (_hasLocation?.Get(doc) == true)
            {
                distance = near.DistanceKm(BitConverter.Int64BitsToDouble(_latitude!.Get(doc)), BitConverter.Int64BitsToDouble(_longitude!.Get(doc)));
            }

            if (radiusKm is { } radius && (distance is null || distance > radius))
            {
                return;
            }
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                _counts[i]![ord]++;
            }
        }

        Hits.Add(new CollectedHit(_docBase + doc, _scorer?.GetScore() ?? 0f, (int)(_start?.Get(doc) ?? 0), distance));
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values || _counts[i] is not { } counts)
            {
                continue;
            }

            var target = _facets[SearchFields.Facets[i]];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                target[key] = target.GetValueOrDefault(key) + (int)counts[ord];
            }

            _counts[i] = null;
        }
    }
}
