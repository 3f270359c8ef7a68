using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Web.Search;

/// <summary>
/// A rebuild started from the back office: runs in the background of this node, and the status page shows its
/// progress (the page refreshes itself, so no script is needed).
/// </summary>
public sealed class IndexRebuildRun(SearchIndexer indexer, TimeProvider time, ILogger<IndexRebuildRun> logger)
{
    private readonly Lock _lock = new();

    public bool Running { get; private set; }

    public int Done { get; private set; }

    public TimeSpan? Duration { get; private set; }

    public string? Error { get; private set; }

    public bool TryStart()
    {
        lock (_lock)
        {
            if (Running)
            {
                return false;
            }

            (Running, Done, Duration, Error) = (true, 0, null, null);
        }

        _ = Task.Run(async () =>
        {
            var started = time.GetTimestamp();
            try
            {
                Done = await indexer.RebuildAsync(new Progress(this));
                Duration = time.GetElapsedTime(started);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Rebuilding the search index failed");
                Error = e.Message;
            }
            finally
            {
                Running = false;
            }
        });
        return true;
    }

    private sealed class Progress(IndexRebuildRun run) : IProgress<int>
    {
        public void Report(int value) => run.Done = value;
    }
}
