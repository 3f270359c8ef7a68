namespace IntegrationsNetz.Core.ChangeLog;

/// <summary>Remembers a deleted item so that an export can carry the delete to other installations as a file.</summary>
public sealed class Tombstone
{
    public Guid Id { get; set; }

    public required string ItemType { get; set; }

    public required string Alias { get; set; }

    public DateTime DeletedAt { get; set; }
}
