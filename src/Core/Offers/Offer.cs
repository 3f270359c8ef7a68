using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.Offers;

/// <summary>
/// A directory entry: a language course, an internship, a volunteer circle or an authority.
/// Stored in one table (EF Core table-per-hierarchy); the kind decides which fields apply.
/// </summary>
public abstract class Offer
{
    public Guid Id { get; set; }

    public string Slug { get; set; } = string.Empty;

    public abstract OfferKind Kind { get; }

    public OfferStatus Status { get; set; }

    /// <summary>When an editor last confirmed the entry is still true.</summary>
    public DateOnly? LastCheckedOn { get; set; }

    public List<OfferText> Texts { get; set; } = [];

    public List<Municipality> Municipalities { get; set; } = [];

    public string? ProviderName { get; set; }

    public string? Street { get; set; }

    public string? Postcode { get; set; }

    public string? City { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string? Website { get; set; }

    public List<string> Tags { get; set; } = [];

    public StepFreeAccess StepFree { get; set; }

    public DateTime UpdatedAt { get; set; }

    public OfferText? Text(string culture) => Texts.FirstOrDefault(t => t.Culture == culture);

    /// <summary>The title in a culture, German where it is missing.</summary>
    public string TitleIn(string culture) => (Text(culture) ?? Text("de"))?.Title ?? Slug;
}

/// <summary>Title and description of an offer in one culture; German is required.</summary>
public sealed class OfferText
{
    public Guid Id { get; set; }

    public Guid OfferId { get; set; }

    public required string Culture { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = string.Empty;
}
