namespace IntegrationsNetz.Core.Accounts;

/// <summary>The one-time link that lets the first administrator be created when no credentials were configured.</summary>
public sealed class SetupToken
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the token; the token itself is only printed to the console.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}
