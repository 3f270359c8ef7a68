namespace IntegrationsNetz.Core.Organisation;

/// <summary>Gemeinde, Stadt or Kommune: the unit that owns public pages and cases.</summary>
public sealed class Municipality
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>Amtlicher Gemeindeschlüssel (AGS): eight digits.</summary>
    public required string OfficialKey { get; set; }

    public List<string> Postcodes { get; set; } = [];

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public Guid? DistrictId { get; set; }

    public District? District { get; set; }
}
