namespace IntegrationsNetz.Core.Organisation;

/// <summary>Landkreis.</summary>
public sealed class District
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>Amtlicher Gemeindeschlüssel of the district: five digits.</summary>
    public string? OfficialKey { get; set; }

    public List<Municipality> Municipalities { get; set; } = [];
}
