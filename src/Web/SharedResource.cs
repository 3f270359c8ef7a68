namespace IntegrationsNetz.Web;

/// <summary>Marker for the UI texts in Resources/SharedResource.*.resx (German is the neutral language).</summary>
public sealed class SharedResource;
