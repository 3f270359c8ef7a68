namespace IntegrationsNetz.Core.Organisation;

public enum TeamKind
{
    Regional,
    Tandem,
}

/// <summary>A regional team or a tandem of managers sharing cases.</summary>
public sealed class Team
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public TeamKind Kind { get; set; }

    public Guid? DistrictId { get; set; }

    public District? District { get; set; }

    public Guid? ProviderId { get; set; }

    public Provider? Provider { get; set; }

    public List<Municipality> Municipalities { get; set; } = [];
}
