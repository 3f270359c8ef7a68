using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.ContentFiles;

/// <summary>Where a parsed item came from, so later checks can still name the file and line.</summary>
public sealed record SyncSource(string File, int Line);

public abstract record SyncItem(string Type, Guid Key, string Alias, SyncSource Source);

public sealed record DistrictItem(Guid Key, string Alias, SyncSource Source, string Name, string? OfficialKey)
    : SyncItem(SyncItemTypes.District, Key, Alias, Source);

public sealed record ProviderItem(Guid Key, string Alias, SyncSource Source, string Name, string? Email, string? Website)
    : SyncItem(SyncItemTypes.Provider, Key, Alias, Source);

public sealed record MunicipalityItem(
    Guid Key, string Alias, SyncSource Source, string Name, string OfficialKey, Guid? District,
    IReadOnlyList<string> Postcodes, double Latitude, double Longitude)
    : SyncItem(SyncItemTypes.Municipality, Key, Alias, Source);

public sealed record CooperationItem(
    Guid Key, string Alias, SyncSource Source, string Name, string? Description,
    IReadOnlyList<Guid> Municipalities, IReadOnlyList<Guid> Providers)
    : SyncItem(SyncItemTypes.Cooperation, Key, Alias, Source);

public sealed record TeamItem(
    Guid Key, string Alias, SyncSource Source, string Name, TeamKind Kind, Guid? District, Guid? Provider,
    IReadOnlyList<Guid> Municipalities)
    : SyncItem(SyncItemTypes.Team, Key, Alias, Source);

public sealed record PageItem(
    Guid Key, string Alias, SyncSource Source, Guid? Municipality, Guid? Parent, int SortOrder,
    IReadOnlyList<PageVariantItem> Variants)
    : SyncItem(SyncItemTypes.Page, Key, Alias, Source);

public sealed record PageVariantItem(
    string Culture, string Title, string Body, string? TranslatedFrom,
    DateTime? PublishedAt, string? PublishedTitle, string? PublishedBody,
    DateTime? PublishAt, DateTime? UnpublishAt, SyncSource Source);

public sealed record TombstoneItem(Guid Key, string Alias, SyncSource Source, string ItemType, DateTime DeletedAt)
    : SyncItem("Tombstone", Key, Alias, Source);

public sealed record OfferItem(Guid Key, string Alias, SyncSource Source, Offer Offer, IReadOnlyList<Guid> Municipalities)
    : SyncItem(SyncItemTypes.Offer, Key, Alias, Source);
