namespace IntegrationsNetz.Core.Organisation;

// What a form or an API call asks to save; OrganisationEditor turns it into the item and checks what it points to.
public sealed record SaveDistrict(string? Name, string? Slug, string? OfficialKey);

public sealed record SaveMunicipality(
    string? Name, string? Slug, string? OfficialKey, Guid? DistrictId, IReadOnlyList<string>? Postcodes, double Latitude, double Longitude);

public sealed record SaveProvider(string? Name, string? Slug, string? Email, string? Website);

public sealed record SaveCooperation(string? Name, string? Slug, string? Description, IReadOnlyList<Guid>? MunicipalityIds, IReadOnlyList<Guid>? ProviderIds);

/// <summary><see cref="Kind"/> is the name of a <see cref="TeamKind"/>; empty means regional.</summary>
public sealed record SaveTeam(string? Name, string? Slug, string? Kind, Guid? DistrictId, Guid? ProviderId, IReadOnlyList<Guid>? MunicipalityIds);
