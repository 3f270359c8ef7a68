using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// A BooleanQuery of optional clauses only (the alternatives of a single word: the word in the text, title and tags,
/// its synonyms, its compound parts) that scores a broad word term at a time into one array per segment. Lucene's own
/// out-of-order scorer does the same in windows of 2,048 documents, with a bucket object and a linked list per hit and
/// a collector call per posting; for a word that matches a large share of the directory ("Deutschkurs": 45 % of a
/// nationwide directory) that bookkeeping was most of the matching time. Scores and their order are the same as
/// Lucene's: each document's clause scores are added in clause order, then multiplied by the same coordination factor.
/// Everything else (rewriting, weights, normalization, explanations, in-order scoring) is the BooleanQuery's own.
/// </summary>
public sealed class DenseDisjunctionQuery : BooleanQuery
{
    // Dense scoring visits every document of the segment once at the end, so it pays only where the clauses' postings
    // together cover at least this share of the segment; for rarer words Lucene's scorer is as fast or faster.
    internal const int DenseFromShare = 16;

    public DenseDisjunctionQuery(bool disableCoord = false)
        : base(disableCoord)
    {
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new DenseWeight(this, searcher, CoordDisabled);

    private sealed class DenseWeight(DenseDisjunctionQuery query, IndexSearcher searcher, bool disableCoord)
        : BooleanWeight(query, searcher, disableCoord)
    {
        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            if (scoreDocsInOrder || query.MinimumNumberShouldMatch > 0 || query.Clauses.Any(c => c.Occur != Occur.SHOULD))
            {
                return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            }

            var scorers = new List<Scorer>(m_weights.Count);
            long cost = 0;
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    scorers.Add(scorer);
                    cost += scorer.GetCost();
                }
            }

            var maxDoc = context.AtomicReader.MaxDoc;
            if (scorers.Count == 0)
            {
                return null;
            }

            if (cost * DenseFromShare < maxDoc)
            {
                return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            }

            var coord = new float[scorers.Count + 1];
            for (var i = 0; i < coord.Length; i++)
            {
                coord[i] = CoordDisabled ? 1f : Coord(i, MaxCoord);
            }

            return new DenseBulkScorer(this, scorers, coord, maxDoc);
        }

        private bool CoordDisabled => query.CoordDisabled;
    }

    internal sealed class DenseBulkScorer(Weight weight, List<Scorer> scorers, float[] coord, int maxDoc) : BulkScorer
    {
        // Summed in double, as Lucene's BooleanScorer sums, so the scores are the same to the last bit.
        // A pool of its own: arrays come back cleared (see Score), so no other code can hand over dirty ones.
        private static readonly ArrayPool<double> Scores = ArrayPool<double>.Create(1 << 24, 8);
        private static readonly ArrayPool<byte> Counts = ArrayPool<byte>.Create(1 << 24, 8);

        public override bool Score(ICollector collector, int max)
        {
            // Only ever called for the whole segment (IndexSearcher and SearchService score a segment in one call).
            if (max != DocIdSetIterator.NO_MORE_DOCS)
            {
                throw new NotSupportedException("Dense scoring covers whole segments only.");
            }

            var scores = Scores.Rent(maxDoc);
            var counts = Counts.Rent(maxDoc);
            var clean = false;
            try
            {
                foreach (var scorer in scorers)
                {
                    for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                    {
                        scores[doc] += scorer.GetScore();
                        counts[doc]++;
                    }
                }

                var current = new CurrentDocument(weight);
                collector.SetScorer(current);
                var matched = counts.AsSpan(0, maxDoc);
                for (var start = matched.IndexOfAnyExcept((byte)0); start >= 0;)
                {
                    var doc = start;
                    current.Doc = doc;
                    current.Score = (float)(scores[doc] * coord[counts[doc]]);
                    current.Matches = counts[doc];
                    scores[doc] = 0d;
                    counts[doc] = 0;
                    collector.Collect(doc);
                    var next = matched[(doc + 1)..].IndexOfAnyExcept((byte)0);
                    start = next < 0 ? -1 : doc + 1 + next;
                }

                clean = true;
                return false;
            }
            finally
            {
                if (!clean)
                {
                    Array.Clear(scores, 0, maxDoc);
                    Array.Clear(counts, 0, maxDoc);
                }

                Scores.Return(scores);
                Counts.Return(counts);
            }
        }
    }

    /// <summary>The document the collector is given, with its summed score.</summary>
    private sealed class CurrentDocument(Weight weight) : Scorer(weight)
    {
        public int Doc { get; set; } = -1;

        public float Score { get; set; }

        public int Matches { get; set; }

        public override int DocID => Doc;

        public override int Freq => Matches;

        public override float GetScore() => Score;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }
}
