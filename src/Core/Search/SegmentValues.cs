using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// Everything the collector reads per hit (facet ords, start, coordinates), copied once per segment into plain arrays.
/// Reading doc values through Lucene costs a packed-integer decode per value and hit; an array look-up is a few
/// nanoseconds. A segment never changes, so the arrays live as long as the segment core (deletions do not matter:
/// deleted documents are never collected). About 70 bytes per document.
/// </summary>
internal sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = [];

    private SegmentValues(FacetColumn[] facets, int[] start, bool[] hasStart, bool[] freePlaces, double[] latitude, double[] longitude, bool[] hasLocation)
    {
        Facets = facets;
        Combined = FacetCombination.Of(facets);
        Start = start;
        HasStart = hasStart;
        FreePlaces = freePlaces;
        Latitude = latitude;
        Longitude = longitude;
        HasLocation = hasLocation;
    }

    /// <summary>One column per entry of <see cref="SearchFields.Facets"/>, in that order.</summary>
    public FacetColumn[] Facets { get; }

    /// <summary>The single-valued facets with few values, counted together (see <see cref="CountFacets"/>).</summary>
    private FacetCombination Combined { get; }

    /// <summary>Start date key per document (0: rolling entry, no date, or no start at all).</summary>
    public int[] Start { get; }

    /// <summary>Whether the document has a start at all (courses and internships).</summary>
    public bool[] HasStart { get; }

    /// <summary>Whether the offer has free places.</summary>
    public bool[] FreePlaces { get; }

    public double[] Latitude { get; }

    public double[] Longitude { get; }

    public bool[] HasLocation { get; }

    /// <summary>
    /// Adds the facet values of the documents docs[0 .. count] to counts[f] (indexed by ord) for each facet f. The
    /// single-valued facets with few values are counted as one combination per hit and split up at the end: one array
    /// look-up per hit instead of one per facet, which was most of a broad search's counting time.
    /// </summary>
    public void CountFacets(int[] docs, int count, int[][] counts)
    {
        var combined = Combined.Pays(count);
        if (combined)
        {
            Combined.CountAll(docs, count, Facets, counts);
        }

        for (var f = 0; f < Facets.Length; f++)
        {
            if (!combined || !Combined.Contains(f))
            {
                Facets[f].CountAll(docs, count, counts[f]);
            }
        }
    }

    /// <summary>The arrays of a segment, loaded on first use (normally by <see cref="WarmingSearcherFactory"/> before any visitor searches).</summary>
    public static SegmentValues Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentValues Load(AtomicReader reader)
    {
        var max = reader.MaxDoc;
        var facets = new FacetColumn[SearchFields.Facets.Count];
        for (var f = 0; f < facets.Length; f++)
        {
            facets[f] = FacetColumn.Load(reader.GetSortedSetDocValues(SearchFields.Facets[f]), max);
        }

        var start = new int[max];
        var hasStart = new bool[max];
        if (reader.GetNumericDocValues(SearchFields.Start) is { } startValues && reader.GetDocsWithField(SearchFields.Start) is { } withStart)
        {
            for (var doc = 0; doc < max; doc++)
            {
                start[doc] = (int)startValues.Get(doc);
                hasStart[doc] = withStart.Get(doc);
            }
        }

        var freePlaces = new bool[max];
        if (reader.GetTermDocsEnum(new Term(SearchFields.FreePlaces, SearchFields.Yes)) is { } docs)
        {
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                freePlaces[doc] = true;
            }
        }

        var latitude = new double[max];
        var longitude = new double[max];
        var hasLocation = new bool[max];
        var has = reader.GetDocsWithField(SearchFields.Latitude);
        var lat = reader.GetNumericDocValues(SearchFields.Latitude);
        var lon = reader.GetNumericDocValues(SearchFields.Longitude);
        if (has is not null && lat is not null && lon is not null)
        {
            for (var doc = 0; doc < max; doc++)
            {
                if (has.Get(doc))
                {
                    hasLocation[doc] = true;
                    latitude[doc] = BitConverter.Int64BitsToDouble(lat.Get(doc));
                    longitude[doc] = BitConverter.Int64BitsToDouble(lon.Get(doc));
                }
            }
        }

        return new SegmentValues(facets, start, hasStart, freePlaces, latitude, longitude, hasLocation);
    }
}

/// <summary>
/// The values of one facet in one segment: the value names by ord, and each document's ords. Most facets hold one value
/// per document, stored as one ord per document; multi-valued ones (levels, municipalities) as offsets into a list.
/// </summary>
internal sealed class FacetColumn
{
    private static readonly FacetColumn Empty = new([], [], null);

    private FacetColumn(string[] values, int[] ords, int[]? offsets)
    {
        Values = values;
        Ords = ords;
        Offsets = offsets;
    }

    /// <summary>The value of each ord; empty when no document of the segment has the facet (then nothing is counted).</summary>
    public string[] Values { get; }

    /// <summary>Single-valued: the ord of each document, -1 for none. Multi-valued: all ords, document after document.</summary>
    public int[] Ords { get; }

    /// <summary>Multi-valued only: the ords of document d are Ords[Offsets[d] .. Offsets[d + 1]].</summary>
    public int[]? Offsets { get; }

    public static FacetColumn Load(SortedSetDocValues? values, int maxDoc)
    {
        if (values is null || values.ValueCount == 0)
        {
            return Empty;
        }

        var names = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            names[ord] = bytes.Utf8ToString();
        }

        var offsets = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        var singleValued = true;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            offsets[doc] = ords.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                ords.Add((int)ord);
            }

            singleValued &= ords.Count - offsets[doc] <= 1;
        }

        offsets[maxDoc] = ords.Count;
        if (!singleValued)
        {
            return new FacetColumn(names, [.. ords], offsets);
        }

        var single = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            single[doc] = offsets[doc + 1] > offsets[doc] ? ords[offsets[doc]] : -1;
        }

        return new FacetColumn(names, single, null);
    }

    /// <summary>Whether the document has any of the accepted values (indexed by ord).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Any(int doc, bool[] accepted)
    {
        if (Values.Length == 0)
        {
            return false;
        }

        if (Offsets is null)
        {
            var ord = Ords[doc];
            return ord >= 0 && accepted[ord];
        }

        for (int i = Offsets[doc], end = Offsets[doc + 1]; i < end; i++)
        {
            if (accepted[Ords[i]])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the values of the documents docs[0 .. count] to counts (indexed by ord).</summary>
    public void CountAll(int[] docs, int count, int[] counts)
    {
        if (Values.Length == 0)
        {
            return;
        }

        // Column by column in a tight loop: much cheaper than eight columns per hit while collecting.
        var ords = Ords;
        if (Offsets is not { } offsets)
        {
            for (var i = 0; i < count; i++)
            {
                var ord = ords[docs[i]];
                if (ord >= 0)
                {
                    counts[ord]++;
                }
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            var doc = docs[i];
            for (int o = offsets[doc], end = offsets[doc + 1]; o < end; o++)
            {
                counts[ords[o]]++;
            }
        }
    }
}
