using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// The filters of a request (every list is OR within itself, AND with the others). A filter that keeps few documents
/// goes into the Lucene query, where it lets the matching skip everything else. A broad one ("language courses",
/// "free places", "starts before") would make Lucene intersect long posting lists for every search; it is checked per
/// hit instead, on the segment's arrays, which costs a few nanoseconds.
/// </summary>
internal sealed class SearchFilter
{
    // A filter goes into the query when it keeps at most this share of the documents.
    private const int SelectiveShare = 16;

    private readonly List<(int Facet, HashSet<string> Values)> _facets = [];
    private bool _freePlacesOnly;
    private int? _startsBefore;
    private (double MinLat, double MaxLat, double MinLon, double MaxLon)? _box;

    private SearchFilter()
    {
    }

    /// <summary>The filters for the Lucene query; they must not change the ranking (see SearchService.Combine).</summary>
    public List<Query> Clauses { get; } = [];

    /// <summary>Whether any filter is checked per hit.</summary>
    public bool ChecksHits => _facets.Count > 0 || _freePlacesOnly || _startsBefore is not null || _box is not null;

    public static SearchFilter Create(SearchRequest r, IndexReader reader)
    {
        var filter = new SearchFilter();
        filter.AnyOf(reader, SearchFields.Kind, r.Kinds.Select(k => k.ToString()));
        filter.AnyOf(reader, SearchFields.Municipality, r.Municipalities);
        filter.AnyOf(reader, SearchFields.CourseType, r.CourseTypes.Select(c => c.ToString()));
        filter.AnyOf(reader, SearchFields.Level, r.Levels.Select(l => l.ToString()));
        filter.AnyOf(reader, SearchFields.Format, r.Formats.Select(f => f.ToString()));
        filter.AnyOf(reader, SearchFields.Cost, r.Costs.Select(c => c.ToString()));
        if (r.Childcare is { } childcare)
        {
            filter.AnyOf(reader, SearchFields.Childcare, [childcare ? SearchFields.Yes : SearchFields.No]);
        }

        if (r.WomenOnly is { } womenOnly)
        {
            filter.AnyOf(reader, SearchFields.WomenOnly, [womenOnly ? SearchFields.Yes : SearchFields.No]);
        }

        if (r.FreePlacesOnly)
        {
            var term = new Term(SearchFields.FreePlaces, SearchFields.Yes);
            if (IsSelective(reader, reader.DocFreq(term)))
            {
                filter.Clauses.Add(new TermQuery(term));
            }
            else
            {
                filter._freePlacesOnly = true;
            }
        }

        if (r.StartsBefore is { } before)
        {
            filter._startsBefore = OfferDocument.DateKey(before);
        }

        if (r.OpenAt is { } local)
        {
            // Few authorities are open at any quarter hour, and only they have the field.
            filter.Clauses.Add(new TermQuery(new Term(SearchFields.OpenQuarter, OfferDocument.Quarter(local.DayOfWeek, TimeOnly.FromDateTime(local)))));
        }

        if (r is { Near: { } near, RadiusKm: { } radius })
        {
            // A cheap bounding box first; the collector then checks the exact distance.
            var dLat = radius / 111.0;
            var dLon = radius / (111.0 * Math.Cos(near.Latitude * Math.PI / 180));
            filter._box = (near.Latitude - dLat, near.Latitude + dLat, near.Longitude - dLon, near.Longitude + dLon);
        }

        return filter;
    }

    /// <summary>The per-hit checks with the values of one segment.</summary>
    public Segment For(SegmentValues values) => new(this, values);

    private static bool IsSelective(IndexReader reader, long documents) => documents * SelectiveShare <= reader.MaxDoc;

    private void AnyOf(IndexReader reader, string field, IEnumerable<string> values)
    {
        var distinct = values.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return;
        }

        if (IsSelective(reader, distinct.Sum(v => (long)reader.DocFreq(new Term(field, v)))))
        {
            var any = new BooleanQuery();
            foreach (var value in distinct)
            {
                any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            Clauses.Add(any);
        }
        else
        {
            _facets.Add((FacetIndex(field), distinct.ToHashSet(StringComparer.Ordinal)));
        }
    }

    private static int FacetIndex(string field)
    {
        for (var i = 0; i < SearchFields.Facets.Count; i++)
        {
            if (SearchFields.Facets[i] == field)
            {
                return i;
            }
        }

        throw new ArgumentException($"{field} is not a facet.", nameof(field));
    }

    /// <summary>The checks of a filter bound to one segment's arrays.</summary>
    public sealed class Segment
    {
        private readonly SearchFilter _filter;
        private readonly SegmentValues _values;
        private readonly (FacetColumn Column, bool[] Accepted)[] _facets;

        public Segment(SearchFilter filter, SegmentValues values)
        {
            _filter = filter;
            _values = values;
            _facets = filter._facets
                .Select(f => (values.Facets[f.Facet], values.Facets[f.Facet].Values.Select(f.Values.Contains).ToArray()))
                .ToArray();
        }

        public bool Accepts(int doc)
        {
            foreach (var (column, accepted) in _facets)
            {
                if (!column.Any(doc, accepted))
                {
                    return false;
                }
            }

            if (_filter._freePlacesOnly && !_values.FreePlaces[doc])
            {
                return false;
            }

            // As a range query on the start field: offers without a start (authorities, circles) never match;
            // rolling entry (0) always does.
            if (_filter._startsBefore is { } before && !(_values.HasStart[doc] && _values.Start[doc] < before))
            {
                return false;
            }

            if (_filter._box is { } box)
            {
                if (!_values.HasLocation[doc])
                {
                    return false;
                }

                var (lat, lon) = (_values.Latitude[doc], _values.Longitude[doc]);
                if (lat < box.MinLat || lat > box.MaxLat || lon < box.MinLon || lon > box.MaxLon)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
