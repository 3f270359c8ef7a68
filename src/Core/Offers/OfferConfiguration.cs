using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationsNetz.Core.Offers;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.ToTable("Offers");
        b.HasDiscriminator<string>("OfferKind")
            .HasValue<LanguageCourse>(nameof(OfferKind.LanguageCourse))
            .HasValue<Internship>(nameof(OfferKind.Internship))
            .HasValue<VolunteerCircle>(nameof(OfferKind.VolunteerCircle))
            .HasValue<Authority>(nameof(OfferKind.Authority));
        b.Property<string>("OfferKind").HasMaxLength(20);
        b.Ignore(o => o.Kind);
        b.Property(o => o.Slug).HasMaxLength(120);
        b.HasIndex(o => o.Slug).IsUnique();
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.StepFree).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.ProviderName).HasMaxLength(200);
        b.Property(o => o.Street).HasMaxLength(200);
        b.Property(o => o.Postcode).HasMaxLength(5);
        b.Property(o => o.City).HasMaxLength(100);
        b.Property(o => o.ContactEmail).HasMaxLength(256);
        b.Property(o => o.ContactPhone).HasMaxLength(50);
        b.Property(o => o.Website).HasMaxLength(500);
        b.HasMany(o => o.Texts).WithOne().HasForeignKey(t => t.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.Municipalities).WithMany().UsingEntity("OfferMunicipalities");
    }
}

internal sealed class OfferTextConfiguration : IEntityTypeConfiguration<OfferText>
{
    public void Configure(EntityTypeBuilder<OfferText> b)
    {
        b.Property(t => t.Culture).HasMaxLength(8);
        b.Property(t => t.Title).HasMaxLength(300);
        b.Property(t => t.Description).HasMaxLength(OfferRules.MaxDescription);
        b.HasIndex(t => new { t.OfferId, t.Culture }).IsUnique();
    }
}

internal sealed class LanguageCourseConfiguration : IEntityTypeConfiguration<LanguageCourse>
{
    public void Configure(EntityTypeBuilder<LanguageCourse> b)
    {
        b.Property(o => o.CourseType).HasConversion<string>().HasMaxLength(40);
        b.Property(o => o.LevelFrom).HasConversion<string>().HasMaxLength(2);
        b.Property(o => o.LevelTo).HasConversion<string>().HasMaxLength(2);
        b.Property(o => o.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Cost).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.FeeAmount).HasPrecision(10, 2);
        b.Property(o => o.StartsOn).HasColumnName("StartsOn");
        b.Property(o => o.Places).HasColumnName("Places");
        b.Ignore(o => o.FreePlaces);
    }
}

internal sealed class InternshipConfiguration : IEntityTypeConfiguration<Internship>
{
    public void Configure(EntityTypeBuilder<Internship> b)
    {
        b.Property(o => o.InternshipType).HasConversion<string>().HasMaxLength(40);
        b.Property(o => o.GermanLevel).HasConversion<string>().HasMaxLength(2);
        b.Property(o => o.Employer).HasMaxLength(200);
        b.Property(o => o.OccupationalField).HasMaxLength(200);
        b.Property(o => o.StartsOn).HasColumnName("StartsOn");
        b.Property(o => o.Places).HasColumnName("Places");
    }
}

internal sealed class VolunteerCircleConfiguration : IEntityTypeConfiguration<VolunteerCircle>
{
    public void Configure(EntityTypeBuilder<VolunteerCircle> b)
    {
        b.Property(o => o.MeetingTimes).HasMaxLength(300);
        b.Property(o => o.Languages).HasColumnName("Languages");
    }
}

internal sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> b)
    {
        b.Property(o => o.AuthorityType).HasConversion<string>().HasMaxLength(40);
        b.Property(o => o.AppointmentUrl).HasMaxLength(500);
        b.Property(o => o.Languages).HasColumnName("Languages");
    }
}
