using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Web.Operations;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>
/// One process per data directory: the portal holds an operating-system lock on "portal.lock" in the data directory
/// from its first moment (before the database, the keys or the search index are opened) until it ends, however it
/// ends (the system releases the lock of a killed process). A second process on the same directory stops with one
/// line. Lucene's own write.lock is not enough: a second process still opened the index for reading and answered
/// from a state the first one was rewriting. Several nodes each get a data directory of their own.
/// </summary>
public sealed class DataDirectoryLock(FileStream file) : IHostedService, IDisposable
{
    public const string FileName = "portal.lock";

    public static DataDirectoryLock? TryTake(DataDirectory data, out string? error)
    {
        var path = Path.Combine(data.Root, FileName);
        try
        {
            // FileShare.None is an exclusive flock(2) on Linux and a share lock on Windows.
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            error = null;
            return new DataDirectoryLock(file);
        }
        catch (IOException)
        {
            error = $"the data directory {data.Root} is in use by another IntegrationsNetz process ({path} is locked); give every process its own IntegrationsNetz:DataDirectory.";
            return null;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => file.Dispose();
}

public static class DataDirectoryLockExtensions
{
    /// <summary>
    /// Takes the data directory's lock for the web server and for the verbs that must not run beside it (restore);
    /// the others (content import, backup) run beside a running portal and take no lock.
    /// </summary>
    public static bool TryLockDataDirectory(this WebApplicationBuilder builder, string[] args, out string? error)
    {
        error = null;
        if (PortalCommands.IsCommand(args) && !PortalCommands.NeedsDataDirectoryLock(args))
        {
            return true;
        }

        var data = (DataDirectory)builder.Services.Single(s => s.ServiceType == typeof(DataDirectory)).ImplementationInstance!;
        if (DataDirectoryLock.TryTake(data, out error) is not { } taken)
        {
            return false;
        }

        // Held by the container (a factory's result, so the container disposes it): a test host that is disposed
        // frees its directory. A hosted service only so that the container creates it at start.
        builder.Services.AddHostedService(_ => taken);
        return true;
    }
}
