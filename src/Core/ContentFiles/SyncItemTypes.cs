using IntegrationsNetz.Core.ChangeLog;

namespace IntegrationsNetz.Core.ContentFiles;

/// <summary>The item types kept as files, in the order an import applies them (referenced items first).</summary>
public static class SyncItemTypes
{
    public const string District = ItemTypes.District;
    public const string Provider = ItemTypes.Provider;
    public const string Municipality = ItemTypes.Municipality;
    public const string Cooperation = ItemTypes.Cooperation;
    public const string Team = ItemTypes.Team;
    public const string Page = ItemTypes.Page;
    public const string Offer = ItemTypes.Offer;

    public static IReadOnlyList<string> InImportOrder { get; } = [District, Provider, Municipality, Cooperation, Team, Page, Offer];

    public static string Folder(string type) => type switch
    {
        District => "Districts",
        Provider => "Providers",
        Municipality => "Municipalities",
        Cooperation => "Cooperations",
        Team => "Teams",
        Page => "Content",
        Offer => "Offers",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public const string DeletedFolder = "Deleted";

    public const string FileExtension = ".config";
}
