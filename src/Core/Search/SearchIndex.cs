using System.Runtime.ExceptionServices;
using IntegrationsNetz.Core.Configuration;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// This node's Lucene index on disk, with the cursor of the last indexing task it contains stored in the same commit,
/// so index and cursor can never disagree. A missing or unreadable index is started empty and flagged for a rebuild.
/// </summary>
public sealed class SearchIndex(DataDirectory dataDirectory, ILogger<SearchIndex> logger) : IDisposable
{
    private const string CursorKey = "cursor";
    private const string SchemaKey = "schema";

    // Raised whenever OfferDocument or the analysis changes what the index holds: an index written with another
    // schema is rebuilt from the database on start, as a missing one is.
    private const string Schema = "6";

    // Files up to this size are read into memory when a segment opens them (see SmallFilesInMemoryDirectory): the
    // whole index of a district's directory (a few thousand offers, a few MB); at 100,000 offers and more the large
    // files stay memory-mapped and only the small ones move.
    private const long InMemoryFileBytes = 16L << 20;
    private const long InMemoryTotalBytes = 128L << 20;
    private readonly System.Threading.Lock _lock = new();

    // The stemming is part of the schema: an index stemmed otherwise would not find the query's stems.
    private static string SchemaVersion => $"{Schema}-{GermanSearchAnalyzer.DefaultStemming}";
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    public long Cursor { get; private set; }

    public bool NeedsRebuild { get; private set; }

    public bool IsOpen => _searchers is not null;

    public string Path => dataDirectory.SearchIndex;

    public void Open()
    {
        lock (_lock)
        {
            if (_searchers is not null)
            {
                return;
            }

            System.IO.Directory.CreateDirectory(Path);
            try
            {
                OpenExisting();
            }
            catch (LockObtainFailedException e)
            {
                // Another process (a running portal on the same data directory) owns the index: never delete it.
                CloseQuietly();
                throw new SearchIndexInUseException(Path, e);
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException or ArgumentException)
            {
                logger.LogWarning(e, "The search index at {Path} cannot be read; it will be rebuilt from the database", Path);
                CloseQuietly();
                System.IO.Directory.Delete(Path, recursive: true);
                System.IO.Directory.CreateDirectory(Path);
                OpenExisting();
                NeedsRebuild = true;
            }
        }
    }

    public IndexSearcher Acquire() => (_searchers ?? throw new InvalidOperationException("The search index is not open.")).Acquire();

    public void Release(IndexSearcher searcher) => _searchers?.Release(searcher);

    /// <summary>Adds, replaces or removes documents by offer id and commits them together with the new cursor.</summary>
    public void Apply(IEnumerable<(string Id, Document? Document)> changes, long cursor)
    {
        var writer = _writer ?? throw new InvalidOperationException("The search index is not open.");
        foreach (var (id, document) in changes)
        {
            if (document is null)
            {
                writer.DeleteDocuments(new Term(SearchFields.Id, id));
            }
            else
            {
                writer.UpdateDocument(new Term(SearchFields.Id, id), document);
            }
        }

        Commit(cursor);
    }

    /// <summary>Replaces the whole index; the cursor says which indexing tasks the new content already reflects.</summary>
    public void ReplaceAll(IEnumerable<Document> documents, long cursor, IProgress<int>? progress = null) =>
        ReplaceAll(documents, d => d, cursor, progress);

    /// <summary>
    /// Replaces the whole index with a document built from each item, and returns how many there were. Documents are
    /// built and analysed on all cores (IndexWriter takes documents from several threads at once); the items are read
    /// one at a time.
    /// </summary>
    public int ReplaceAll<T>(IEnumerable<T> items, Func<T, Document> build, long cursor, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var writer = _writer ?? throw new InvalidOperationException("The search index is not open.");
        writer.DeleteAll();
        var count = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        try
        {
            Parallel.ForEach(items, parallel, item =>
            {
                writer.AddDocument(build(item));
                var done = Interlocked.Increment(ref count);
                if (done % 1000 == 0)
                {
                    progress?.Report(done);
                }
            });
        }
        catch (AggregateException e)
        {
            // Callers expect the exception of the failed step (e.g. OperationCanceledException), as without threads.
            ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
        }

        // A rebuild flushes a segment every 64 MB and the merge policy merges them in the background; waiting for
        // those merges before the new index is published means its first searches neither share the cores with the
        // merging nor search the many small segments (at 1,000,000 offers: 14 segments while merging, 5 after).
        writer.WaitForMerges();
        Commit(cursor);
        progress?.Report(count);
        NeedsRebuild = false;
        return count;
    }

    public int DocumentCount
    {
        get
        {
            var searcher = Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                Release(searcher);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            CloseQuietly();
        }
    }

    private void OpenExisting()
    {
        _directory = new SmallFilesInMemoryDirectory(FSDirectory.Open(Path), InMemoryFileBytes, InMemoryTotalBytes);
        var exists = DirectoryReader.IndexExists(_directory);
        var outdated = false;
        if (exists)
        {
            // Opening a reader touches every segment, so damage shows up here rather than in a visitor's search.
            using var probe = DirectoryReader.Open(_directory);
            var data = probe.IndexCommit.UserData;
            Cursor = data.TryGetValue(CursorKey, out var value) && long.TryParse(value, out var cursor) ? cursor : 0;
            outdated = !data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion;
        }

        var analyzer = new PerFieldAnalyzerWrapper(GermanSearchAnalyzer.ForIndex(), new Dictionary<string, Lucene.Net.Analysis.Analyzer>
        {
            [SearchFields.Spelling] = new SpellingAnalyzer(),
            [SearchFields.OpenQuarter] = new WhitespaceAnalyzer(GermanSearchAnalyzer.Version),
        });
        var config = new IndexWriterConfig(GermanSearchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,

            // A flushed segment is written once as separate files rather than copied into a compound file as well;
            // a rebuild flushes every 64 MB, and the copies were I/O for nothing (one index, few open files).
            UseCompoundFile = false,
        };
        _writer = new IndexWriter(_directory, config);
        if (!exists || outdated)
        {
            // An index written by older code is emptied rather than searched with queries it was not built for. The
            // commit has no schema, so it is rebuilt even if the process stops before the rebuild is done.
            _writer.DeleteAll();
            _writer.SetCommitData(new Dictionary<string, string>());
            _writer.Commit();
            Cursor = 0;
            NeedsRebuild = true;
        }

        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new WarmingSearcherFactory());
    }

    private void Commit(long cursor)
    {
        _writer!.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = cursor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SchemaKey] = SchemaVersion,
        });
        _writer.Commit();
        Cursor = cursor;
        _searchers!.MaybeRefreshBlocking();
    }

    private void CloseQuietly()
    {
        _searchers?.Dispose();
        _searchers = null;
        try
        {
            _writer?.Dispose();
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            logger.LogDebug(e, "Closing a damaged index writer");
        }

        _writer = null;
        _directory?.Dispose();
        _directory = null;
    }
}

public sealed class SearchIndexInUseException(string path, Exception inner)
    : Exception($"The search index at {path} is in use by another process.", inner);
