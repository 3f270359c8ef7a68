using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.ContentFiles;
using IntegrationsNetz.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationsNetz.Core.Data;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Slug).HasMaxLength(80);
        b.Property(x => x.OfficialKey).HasMaxLength(8);
        b.HasIndex(x => x.Slug).IsUnique();
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Slug).HasMaxLength(80);
        b.Property(x => x.OfficialKey).HasMaxLength(8);
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasOne(x => x.District).WithMany(d => d.Municipalities).HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Slug).HasMaxLength(80);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Website).HasMaxLength(500);
        b.HasIndex(x => x.Slug).IsUnique();
    }
}

internal sealed class CooperationConfiguration : IEntityTypeConfiguration<Cooperation>
{
    public void Configure(EntityTypeBuilder<Cooperation> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Slug).HasMaxLength(80);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasMany(x => x.Municipalities).WithMany().UsingEntity("CooperationMunicipalities");
        b.HasMany(x => x.Providers).WithMany().UsingEntity("CooperationProviders");
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Slug).HasMaxLength(80);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasOne(x => x.District).WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Provider).WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Municipalities).WithMany().UsingEntity("TeamMunicipalities");
    }
}

internal sealed class StaffAssignmentConfiguration : IEntityTypeConfiguration<StaffAssignment>
{
    public void Configure(EntityTypeBuilder<StaffAssignment> b)
    {
        b.HasOne<PortalUser>().WithMany(u => u.Assignments).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Cooperation).WithMany().HasForeignKey(x => x.CooperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Team).WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t => t.HasCheckConstraint(
            "CK_StaffAssignments_ExactlyOneTarget",
            "(CASE WHEN \"MunicipalityId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"CooperationId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"TeamId\" IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> b) => b.Property(x => x.DisplayName).HasMaxLength(200);
}

internal sealed class SetupTokenConfiguration : IEntityTypeConfiguration<SetupToken>
{
    public void Configure(EntityTypeBuilder<SetupToken> b)
    {
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
    }
}

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> b)
    {
        b.Property(x => x.Slug).HasMaxLength(80);
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Variants).WithOne(v => v.Page).HasForeignKey(v => v.PageId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.MunicipalityId, x.ParentId, x.Slug });
    }
}

internal sealed class PageVariantConfiguration : IEntityTypeConfiguration<PageVariant>
{
    public void Configure(EntityTypeBuilder<PageVariant> b)
    {
        b.Property(x => x.Culture).HasMaxLength(8);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.PublishedTitle).HasMaxLength(300);
        b.Property(x => x.SourceFingerprint).HasMaxLength(64);
        b.HasIndex(x => new { x.PageId, x.Culture }).IsUnique();
        b.HasIndex(x => x.PublishAt);
        b.HasIndex(x => x.UnpublishAt);
        b.Ignore(x => x.State);
        b.Ignore(x => x.IsPublished);
    }
}

internal sealed class PageVersionConfiguration : IEntityTypeConfiguration<PageVersion>
{
    public void Configure(EntityTypeBuilder<PageVersion> b)
    {
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Reason).HasMaxLength(40);
        b.HasOne<PageVariant>().WithMany().HasForeignKey(x => x.PageVariantId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PageVariantId, x.Revision });
    }
}

