namespace IntegrationsNetz.Core.Configuration;

/// <summary>The resolved folders of the data directory: one place for all runtime state.</summary>
public sealed class DataDirectory
{
    public DataDirectory(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string DatabaseFile => Path.Combine(Root, "integrationsnetz.db");

    public string Keys => Path.Combine(Root, "keys");

    public string MailPickup => Path.Combine(Root, "mail", "pickup");

    public string SearchIndex => Path.Combine(Root, "index");

    public static DataDirectory Resolve(PortalOptions options, string contentRoot) =>
        new(Path.IsPathRooted(options.DataDirectory) ? options.DataDirectory : Path.Combine(contentRoot, options.DataDirectory));

    public void EnsureCreated()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(MailPickup);
    }
}
