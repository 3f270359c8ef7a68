using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationsNetz.Core.ChangeLog;

internal sealed class IndexingTaskConfiguration : IEntityTypeConfiguration<IndexingTask>
{
    public void Configure(EntityTypeBuilder<IndexingTask> b) => b.HasIndex(t => t.OfferId);
}

internal sealed class TombstoneConfiguration : IEntityTypeConfiguration<Tombstone>
{
    public void Configure(EntityTypeBuilder<Tombstone> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ItemType).HasMaxLength(40);
        b.Property(x => x.Alias).HasMaxLength(300);
    }
}
