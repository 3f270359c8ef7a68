namespace IntegrationsNetz.Core.Organisation;

/// <summary>Kooperation or Verbund: municipalities and providers sharing the integration management.</summary>
public sealed class Cooperation
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Description { get; set; }

    public List<Municipality> Municipalities { get; set; } = [];

    public List<Provider> Providers { get; set; } = [];
}
