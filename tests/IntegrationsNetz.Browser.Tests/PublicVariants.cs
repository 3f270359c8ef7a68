using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Browser.Tests;

/// <summary>Every public variant of the portal (the seven languages and Leichte Sprache), for theories over all of them.</summary>
public static class PublicVariants
{
    public static TheoryData<string> All => [.. PortalCulture.All.Select(c => c.Key)];
}
