using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationsNetz.Core.Mail;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.MessageId).HasMaxLength(100);
        b.HasIndex(m => m.MessageId).IsUnique();
        b.Property(m => m.To).HasMaxLength(256);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Purpose).HasMaxLength(60);
        b.Property(m => m.UnsubscribeUrl).HasMaxLength(500);
        b.Property(m => m.AttachmentName).HasMaxLength(200);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
