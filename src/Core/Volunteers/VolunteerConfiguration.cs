using IntegrationsNetz.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationsNetz.Core.Volunteers;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> b)
    {
        b.HasOne<PortalUser>().WithOne().HasForeignKey<Volunteer>(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(v => v.UserId).IsUnique();
        b.Property(v => v.DisplayName).HasMaxLength(100);
        b.Property(v => v.Phone).HasMaxLength(50);
        b.Property(v => v.PreferredCulture).HasMaxLength(8);
        b.Property(v => v.ApprovedBy).HasMaxLength(256);
        b.Property(v => v.ConductCertificateSeenBy).HasMaxLength(256);
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(v => v.Notifications).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.UnsubscribeToken).HasMaxLength(64);
        b.HasIndex(v => v.UnsubscribeToken).IsUnique();
        b.HasMany(v => v.Municipalities).WithMany().UsingEntity(VolunteerChangeStamp.MunicipalityLinks);
        b.HasIndex(v => new { v.Status, v.UpdatedAt });
    }
}
