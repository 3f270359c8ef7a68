namespace IntegrationsNetz.Web.Hosting;

/// <summary>The resolved uSync folder of this host.</summary>
public sealed record ContentDirectory(string Path);
