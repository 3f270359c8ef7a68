namespace IntegrationsNetz.Core.ChangeLog;

/// <summary>
/// "Offer X changed": appended in the same transaction as the change. Every node's indexer reads the tasks after its
/// own cursor and applies them to its local index, so one node or several run the same code.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; set; }

    public Guid OfferId { get; set; }

    public DateTime CreatedAt { get; set; }
}
