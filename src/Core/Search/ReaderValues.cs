using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// What a search needs per index reader beyond the segments' own values: the rank of every document's title in the
/// whole index (for the title order of searches without words). Computed once per reader, i.e. per index refresh,
/// instead of building Lucene's ordinal map over all segments on every search.
/// </summary>
internal static class ReaderValues
{
    private static readonly ConditionalWeakTable<IndexReader, int[]> TitleRanks = [];

    /// <summary>The title's position in alphabetical order, by document number of the reader.</summary>
    public static int[] TitleRank(IndexReader reader) => TitleRanks.GetValue(reader, LoadTitleRanks);

    private static int[] LoadTitleRanks(IndexReader reader)
    {
        var ranks = new int[reader.MaxDoc];
        if (MultiDocValues.GetSortedValues(reader, SearchFields.TitleSort) is { } titles)
        {
            for (var doc = 0; doc < ranks.Length; doc++)
            {
                ranks[doc] = titles.GetOrd(doc);
            }
        }

        return ranks;
    }
}

/// <summary>
/// Loads the per-segment and per-reader values when the index is (re)opened, on the indexer's thread, so that no
/// visitor's search waits for them.
/// </summary>
internal sealed class WarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            SegmentValues.Of(leaf.AtomicReader);
        }

        ReaderValues.TitleRank(reader);
        return new IndexSearcher(reader);
    }
}
