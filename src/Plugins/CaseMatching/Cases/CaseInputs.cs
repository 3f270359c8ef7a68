namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>What a form or an API call sends for a case; enum values come as text so an unknown one gets a message.</summary>
public sealed record CaseInput(
    Guid? MunicipalityId,
    Guid? PartnerId,
    string? Household,
    string? HouseholdSize,
    string? Status,
    DateOnly? OpenedOn,
    string? ExtensionReason,
    string? Notes);

/// <summary>Give or withdraw a consent for one purpose.</summary>
public sealed record ConsentInput(string? Purpose, bool Withdraw, string? TextVersion, DateOnly? On);
