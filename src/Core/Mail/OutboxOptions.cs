namespace IntegrationsNetz.Core.Mail;

/// <summary>
/// "IntegrationsNetz:Outbox": how long a sender holds the rows it claimed, and the first wait after a temporary failure.
/// A claim is renewed while its batch is being sent, so it can be short: after a crash the rows of the dead sender are
/// free again within <see cref="ClaimSeconds"/>.
/// </summary>
public sealed class OutboxOptions
{
    public const string Section = "IntegrationsNetz:Outbox";

    public int ClaimSeconds { get; set; } = 60;

    /// <summary>Wait before the first retry after a temporary failure; doubled for every further attempt, capped at 2 h.</summary>
    public int RetrySeconds { get; set; } = 30;
}
