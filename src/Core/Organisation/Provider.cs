namespace IntegrationsNetz.Core.Organisation;

/// <summary>Träger: a charity or organisation that employs integration managers (Caritas, Diakonie, DRK, IB ...).</summary>
public sealed class Provider
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>A role address, never a person's.</summary>
    public string? Email { get; set; }

    public string? Website { get; set; }
}
