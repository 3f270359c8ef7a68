using IntegrationsNetz.Core.Common;

namespace IntegrationsNetz.Web.Search;

/// <summary>Checks the synonyms file's stamp, so a list saved on another node (or by hand) reaches this node's search.</summary>
public sealed class SearchSynonymsWatch(SearchSynonymsEditor editor, TimeProvider time, ILogger<SearchSynonymsWatch> logger, StartupGate? startup = null)
    : PeriodicBackgroundService(time, logger, startup)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(10);

    protected override TimeSpan Interval => CheckInterval;

    protected override string WorkName => "Synonyms check";

    protected override Task RunOnceAsync(CancellationToken ct)
    {
        if (editor.ReloadIfChanged())
        {
            Logger.LogInformation("Synonym list reloaded ({Count} words)", editor.Current.Count);
        }

        return Task.CompletedTask;
    }
}
