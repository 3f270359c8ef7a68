using IntegrationsNetz.Web.Content;
using IntegrationsNetz.Web.Search;

namespace IntegrationsNetz.Web.Operations;

/// <summary>
/// Verbs run instead of the web server, each from its feature: "content export", "content import [--dry-run]"
/// (Content), "index rebuild" (Search), "backup FILE" and "restore FILE" (Operations). They use the same
/// configuration and database as the portal.
/// </summary>
public static class PortalCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is ContentCommand.Verb or IndexCommand.Verb or BackupCommand.BackupVerb or BackupCommand.RestoreVerb;

    /// <summary>Verbs that replace the data directory's state and so must not run beside a portal on it.</summary>
    public static bool NeedsDataDirectoryLock(string[] args) => args[0] == BackupCommand.RestoreVerb;

    public static Task<int> RunAsync(WebApplication app, string[] args) => args[0] switch
    {
        IndexCommand.Verb => IndexCommand.RunAsync(app, args),
        BackupCommand.BackupVerb or BackupCommand.RestoreVerb => BackupCommand.RunAsync(app, args),
        _ => ContentCommand.RunAsync(app, args),
    };
}
