using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>
/// The dense scoring of a word's alternatives must find the same documents with the same scores as Lucene's own
/// BooleanQuery, to the last bit, on an index on disk with several segments and deleted documents.
/// </summary>
public sealed class DenseDisjunctionQueryTests : IDisposable
{
    private static readonly string[] Words = ["deutsch", "kurs", "sprach", "cafe", "pflege", "praktikum", "amt", "kita", "frau", "abend"];

    private readonly string _folder = TestPaths.NewTempDirectory("dense");
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;

    public DenseDisjunctionQueryTests()
    {
        _directory = FSDirectory.Open(_folder);
        var random = new Random(11);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            for (var i = 0; i < 6_000; i++)
            {
                string Text(int most) => string.Join(' ', Enumerable.Range(0, random.Next(1, most)).Select(_ => Words[(int)Math.Floor(Math.Pow(random.NextDouble(), 2) * Words.Length)]));
                writer.AddDocument(new Document
                {
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
                    new TextField(SearchFields.Title, Text(4), Field.Store.NO),
                    new TextField(SearchFields.Head, Text(8), Field.Store.NO),
                    new TextField(SearchFields.Text, Text(60), Field.Store.NO),
                });
                if (i % 1_500 == 1_499)
                {
                    writer.Commit();
                }
            }

            writer.DeleteDocuments(new Term("id", "17"), new Term("id", "2500"), new Term("id", "5999"));
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public static TheoryData<string, string> Words2 => new()
    {
        { "deutsch", "kurs" },
        { "pflege", "amt" },
        { "abend", "frau" },
    };

    [Theory]
    [MemberData(nameof(Words2))]
    public void Finds_the_same_documents_with_the_same_scores_as_Lucenes_BooleanQuery(string word, string other)
    {
        var searcher = new IndexSearcher(_reader);
        BooleanQuery Alternatives(BooleanQuery query)
        {
            query.Add(new TermQuery(new Term(SearchFields.Text, word)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.Title, word)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.Head, word)) { Boost = 2f }, Occur.SHOULD);
            query.Add(new ConstantScoreQuery(new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Head, other)))) { Boost = 0.5f }, Occur.SHOULD);
            query.Add(new BooleanQuery { { new TermQuery(new Term(SearchFields.Text, other)), Occur.MUST }, { new TermQuery(new Term(SearchFields.Text, word)), Occur.MUST } }, Occur.SHOULD);
            return query;
        }

        var expected = AllHits(searcher, Alternatives(new BooleanQuery()));
        var dense = Alternatives(new DenseDisjunctionQuery());
        var actual = AllHits(searcher, dense);

        Assert.True(expected.Count > 1_000, $"only {expected.Count} hits");
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (doc, score) in expected)
        {
            Assert.True(actual.TryGetValue(doc, out var denseScore), $"document {doc} missing");
            Assert.Equal(score, denseScore);
        }

        // And the dense path was the one taken, in every segment.
        var weight = searcher.CreateNormalizedWeight(dense);
        Assert.All(_reader.Leaves, leaf => Assert.IsType<DenseDisjunctionQuery.DenseBulkScorer>(weight.GetBulkScorer(leaf, false, leaf.AtomicReader.LiveDocs)));
        Assert.DoesNotContain(17, actual.Keys);
    }

    [Fact]
    public void A_rare_word_is_left_to_Lucenes_scorer()
    {
        var searcher = new IndexSearcher(_reader);
        var rare = new DenseDisjunctionQuery
        {
            { new TermQuery(new Term("id", "42")), Occur.SHOULD },
            { new TermQuery(new Term("id", "43")), Occur.SHOULD },
        };

        Assert.Equal(2, AllHits(searcher, rare).Count);
        var weight = searcher.CreateNormalizedWeight(rare);
        Assert.All(_reader.Leaves, leaf => Assert.IsNotType<DenseDisjunctionQuery.DenseBulkScorer>(weight.GetBulkScorer(leaf, false, leaf.AtomicReader.LiveDocs)));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private static Dictionary<int, float> AllHits(IndexSearcher searcher, Query query)
    {
        var collector = new AllScores();
        searcher.Search(query, collector);
        return collector.Hits;
    }

    /// <summary>Every hit with its score, in whatever order the scorer delivers them.</summary>
    private sealed class AllScores : ICollector
    {
        private Scorer? _scorer;
        private int _base;

        public Dictionary<int, float> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void Collect(int doc) => Hits.Add(_base + doc, _scorer!.GetScore());

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
    }
}
