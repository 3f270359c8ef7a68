using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationsNetz.Core.Accounts;

/// <summary>
/// A "forgot password" as it was asked: one row, whatever the address. Whether an account exists is looked up later by
/// <see cref="PasswordResetWorker"/>, so the answer to the request cannot tell known and unknown addresses apart.
/// </summary>
public sealed class PasswordResetRequest
{
    public Guid Id { get; set; }

    public string Email { get; set; } = string.Empty;

    /// <summary>The portal's address the link in the mail points to (the request's, or the configured public one).</summary>
    public string BaseUrl { get; set; } = string.Empty;

    public string? Culture { get; set; }

    public DateTime RequestedAt { get; set; }
}

internal sealed class PasswordResetRequestConfiguration : IEntityTypeConfiguration<PasswordResetRequest>
{
    public void Configure(EntityTypeBuilder<PasswordResetRequest> b)
    {
        b.ToTable("PasswordResetRequests");
        b.Property(r => r.Email).HasMaxLength(256);
        b.Property(r => r.BaseUrl).HasMaxLength(500);
        b.Property(r => r.Culture).HasMaxLength(10);
        b.HasIndex(r => r.RequestedAt);
    }
}
