using IntegrationsNetz.Web.Content;
using IntegrationsNetz.Web.Search;

namespace IntegrationsNetz.Web.Operations;

/// <summary>
/// Verbs run instead of the web server, each from its feature: "content export", "content import [--dry-run]"
/// (Content) and "index rebuild" (Search). They use the same configuration and database as the portal.
/// </summary>
public static class PortalCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is ContentCommand.Verb or IndexCommand.Verb;

    /// <summary>Verbs that replace the data directory's state and so must not run beside a portal on it.</summary>
    public static bool NeedsDataDirectoryLock(string[] args) => false;

    public static Task<int> RunAsync(WebApplication app, string[] args) =>
        args[0] == IndexCommand.Verb ? IndexCommand.RunAsync(app, args) : ContentCommand.RunAsync(app, args);
}
