using IntegrationsNetz.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>
/// The index reads its small files into memory and the rest from disk; whichever way a file is read, a search must
/// find the same documents, through plain and compound segments, and the memory must be given back when the
/// segments close.
/// </summary>
public sealed class SmallFilesInMemoryDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inetz-smallfiles-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<long, long, bool> Limits() => new()
    {
        { 16L << 20, 128L << 20, false }, // everything in memory
        { 16L << 20, 128L << 20, true },  // compound segments, read through the slicer
        { 0, 128L << 20, false },         // every file too large: all from disk
        { 16L << 20, 4096, false },       // the budget runs out: some in memory, the rest from disk
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void Finds_the_same_documents_however_the_files_are_read_and_gives_the_memory_back(long maxFile, long maxTotal, bool compound)
    {
        var directory = new SmallFilesInMemoryDirectory(FSDirectory.Open(_folder), maxFile, maxTotal);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(GermanSearchAnalyzer.Version, new WhitespaceAnalyzer(GermanSearchAnalyzer.Version)) { UseCompoundFile = compound }))
        {
            for (var i = 0; i < 500; i++)
            {
                writer.AddDocument([new StringField("id", $"offer-{i}", Field.Store.YES), new TextField("text", i % 3 == 0 ? "deutschkurs abends" : "praktikum", Field.Store.YES)]);
                if (i % 100 == 99)
                {
                    writer.Commit(); // several segments
                }
            }
        }

        Assert.True(directory.ListAll().Any(f => f.EndsWith(".cfs", StringComparison.Ordinal)) == compound);
        using (var reader = DirectoryReader.Open(directory))
        {
            var searcher = new IndexSearcher(reader);
            Assert.Equal(167, searcher.Search(new TermQuery(new Term("text", "deutschkurs")), 1000).TotalHits);
            var top = searcher.Search(new TermQuery(new Term("id", "offer-298")), 1);
            Assert.Equal("praktikum", searcher.Doc(top.ScoreDocs.Single().Doc).Get("text"));
            if (maxFile == 0)
            {
                Assert.Equal(0, directory.HeldBytes);
            }
            else
            {
                Assert.InRange(directory.HeldBytes, 1, maxTotal);
            }
        }

        Assert.Equal(0, directory.HeldBytes);
        directory.Dispose();
    }

    [Fact]
    public void A_read_past_the_end_of_a_file_in_memory_fails_as_Lucene_expects()
    {
        using var directory = new SmallFilesInMemoryDirectory(FSDirectory.Open(_folder), 1024, 1024);
        using (var output = directory.CreateOutput("probe", IOContext.DEFAULT))
        {
            output.WriteInt32(42);
        }

        using var input = directory.OpenInput("probe", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(42, clone.ReadInt32());
        Assert.Equal(0, input.Position);
        Assert.Throws<EndOfStreamException>(() => clone.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.Seek(5));
        Assert.Equal(4, directory.HeldBytes);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }
}
