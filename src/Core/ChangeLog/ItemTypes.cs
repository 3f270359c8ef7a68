namespace IntegrationsNetz.Core.ChangeLog;

/// <summary>
/// The names of the item types the change logs speak of (a tombstone's type). The features that delete write them;
/// the content files read them. Both sides depend on this log, never on each other.
/// </summary>
public static class ItemTypes
{
    public const string District = nameof(District);
    public const string Provider = nameof(Provider);
    public const string Municipality = nameof(Municipality);
    public const string Cooperation = nameof(Cooperation);
    public const string Team = nameof(Team);
    public const string Page = nameof(Page);
    public const string Offer = nameof(Offer);
}
