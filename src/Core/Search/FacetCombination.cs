namespace IntegrationsNetz.Core.Search;

/// <summary>
/// Several single-valued facets of a segment packed into one number per document: each facet's ord + 1 (0 for no
/// value) as a digit of a mixed-radix number. Counting the hits of a search then reads one array per hit, and the
/// counts of the combinations (a few thousand at most) are split into the facets' counts once per segment.
/// </summary>
internal sealed class FacetCombination
{
    // Above this many combinations the counts array and splitting it would cost more than the look-ups they save.
    private const int MaxCombinations = 4096;

    private static readonly FacetCombination None = new([], [], [], 1);

    private readonly int[] _columns;
    private readonly int[] _radix;
    private readonly int[] _combination;
    private readonly int _size;

    private FacetCombination(int[] columns, int[] radix, int[] combination, int size)
    {
        _columns = columns;
        _radix = radix;
        _combination = combination;
        _size = size;
    }

    /// <summary>Whether the facet with this index is counted in the combination.</summary>
    public bool Contains(int facet) => Array.IndexOf(_columns, facet) >= 0;

    public static FacetCombination Of(FacetColumn[] facets)
    {
        var columns = new List<int>();
        var size = 1;

        // The facets with the fewest values first: each adds a digit, and small digits let more facets in.
        foreach (var f in Enumerable.Range(0, facets.Length).OrderBy(f => facets[f].Values.Length))
        {
            var digits = facets[f].Values.Length + 1;
            if (facets[f].Offsets is null && facets[f].Values.Length > 0 && (long)size * digits <= MaxCombinations)
            {
                columns.Add(f);
                size *= digits;
            }
        }

        if (columns.Count < 2)
        {
            return None;
        }

        var radix = new int[columns.Count];
        var weight = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            radix[c] = weight;
            weight *= facets[columns[c]].Values.Length + 1;
        }

        var combination = new int[facets[columns[0]].Ords.Length];
        for (var c = 0; c < columns.Count; c++)
        {
            var ords = facets[columns[c]].Ords;
            for (var doc = 0; doc < combination.Length; doc++)
            {
                combination[doc] += (ords[doc] + 1) * radix[c];
            }
        }

        return new FacetCombination([.. columns], radix, combination, size);
    }

    /// <summary>
    /// Whether counting this many hits through the combination is cheaper than facet by facet: splitting the
    /// combinations' counts costs about as much as counting a hit per combination.
    /// </summary>
    public bool Pays(int hits) => _columns.Length > 0 && (Always || hits >= 2 * _size);

    /// <summary>For tests: count through the combination however few the hits (a small index never pays for it).</summary>
    internal static bool Always { get; set; }

    /// <summary>Adds the combined facets' values of the documents docs[0 .. count] to counts[f].</summary>
    public void CountAll(int[] docs, int count, FacetColumn[] facets, int[][] counts)
    {
        var combined = System.Buffers.ArrayPool<int>.Shared.Rent(_size);
        Array.Clear(combined, 0, _size);
        var combination = _combination;
        for (var i = 0; i < count; i++)
        {
            combined[combination[docs[i]]]++;
        }

        for (var value = 0; value < _size; value++)
        {
            var n = combined[value];
            if (n == 0)
            {
                continue;
            }

            for (var c = 0; c < _columns.Length; c++)
            {
                var ord = (value / _radix[c] % (facets[_columns[c]].Values.Length + 1)) - 1;
                if (ord >= 0)
                {
                    counts[_columns[c]][ord] += n;
                }
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(combined);
    }
}
