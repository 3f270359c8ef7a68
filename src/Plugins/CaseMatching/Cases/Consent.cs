namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>What a consent allows; each purpose is given and withdrawn on its own.</summary>
public enum ConsentPurpose
{
    /// <summary>Anonymised needs may be shared with volunteers (volunteer requests).</summary>
    VolunteerSharing,

    /// <summary>The person may be referred to a named provider.</summary>
    ProviderReferral,

    /// <summary>The case may be counted in statistics by plan area.</summary>
    Statistics,
}

/// <summary>An Einwilligung: dated, tied to the version of the text shown, revocable.</summary>
public sealed class Consent
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public ConsentPurpose Purpose { get; set; }

    public string TextVersion { get; set; } = string.Empty;

    public DateOnly GivenOn { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedAt { get; set; }

    public bool IsActive => WithdrawnOn is null;
}
