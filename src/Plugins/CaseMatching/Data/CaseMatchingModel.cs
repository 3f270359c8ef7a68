using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Data;

/// <summary>The plugin's tables, all prefixed "Cm" so they are easy to tell from the host's.</summary>
internal static class CaseMatchingModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Case>(b =>
        {
            b.ToTable("CmCases");
            b.Property(c => c.Code).HasMaxLength(20);
            b.HasIndex(c => c.Code).IsUnique();
            b.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(c => c.OwnerId);
            b.HasIndex(c => c.PartnerId);
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(c => c.Household).HasConversion<string>().HasMaxLength(30);
            b.Property(c => c.HouseholdSize).HasConversion<string>().HasMaxLength(20);
            b.Property(c => c.ExtensionReason).HasMaxLength(2000);
            b.Property(c => c.Notes).HasMaxLength(8000);
            b.HasMany(c => c.Consents).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(c => c.Goals).WithOne().HasForeignKey(g => g.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CaseCodeCounter>(b =>
        {
            b.ToTable("CmCaseCodeCounters");
            b.HasKey(c => c.Prefix);
            b.Property(c => c.Prefix).HasMaxLength(20);
            b.Property(c => c.Last).IsConcurrencyToken();
        });
        builder.Entity<Consent>(b =>
        {
            b.ToTable("CmConsents");
            b.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(30);
            b.Property(c => c.TextVersion).HasMaxLength(20);
            b.Property(c => c.RecordedBy).HasMaxLength(256);
        });
        builder.Entity<Goal>(b =>
        {
            b.ToTable("CmGoals");
            b.Property(g => g.Area).HasConversion<string>().HasMaxLength(30);
            b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(g => g.Description).HasMaxLength(2000);
            b.Property(g => g.StatusReason).HasMaxLength(1000);
            b.HasIndex(g => g.ReviewDate);
            b.HasMany(g => g.Revisions).WithOne().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<GoalRevision>(b =>
        {
            b.ToTable("CmGoalRevisions");
            b.Property(g => g.Area).HasConversion<string>().HasMaxLength(30);
            b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(g => g.Description).HasMaxLength(2000);
            b.Property(g => g.StatusReason).HasMaxLength(1000);
            b.Property(g => g.ChangedBy).HasMaxLength(256);
        });
        builder.Entity<Need>(b =>
        {
            b.ToTable("CmNeeds");
            b.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Goal>().WithMany().HasForeignKey(n => n.GoalId).OnDelete(DeleteBehavior.NoAction);
            b.HasOne<Municipality>().WithMany().HasForeignKey(n => n.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
            b.Property(n => n.Area).HasConversion<string>().HasMaxLength(30);
            b.Property(n => n.GermanLevel).HasConversion<string>().HasMaxLength(2);
            b.Property(n => n.CreatedBy).HasMaxLength(256);
            b.HasMany(n => n.Referrals).WithOne().HasForeignKey(r => r.NeedId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Referral>(b =>
        {
            b.ToTable("CmReferrals");
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(r => r.OfferTitle).HasMaxLength(300);
            b.Property(r => r.Note).HasMaxLength(2000);
            b.HasIndex(r => r.OfferId);
            b.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ReferralEvent>(b =>
        {
            b.ToTable("CmReferralEvents");
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(r => r.Note).HasMaxLength(2000);
            b.Property(r => r.ChangedBy).HasMaxLength(256);
        });
        builder.Entity<Substitution>(b =>
        {
            b.ToTable("CmSubstitutions");
            b.HasIndex(s => new { s.SubstituteUserId, s.StartsOn, s.EndsOn });
            b.Property(s => s.GrantedBy).HasMaxLength(256);
        });
        builder.Entity<CaseAccessEntry>(b =>
        {
            b.ToTable("CmCaseAccessLog");
            b.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(e => new { e.CaseId, e.At });
            b.Property(e => e.UserEmail).HasMaxLength(256);
            b.Property(e => e.What).HasMaxLength(100);
        });
        builder.Entity<RetainedCount>(b =>
        {
            b.ToTable("CmRetainedCounts");
            b.HasIndex(r => new { r.MunicipalityId, r.ClosedYear }).IsUnique();
        });
        builder.Entity<VolunteerRequest>(b =>
        {
            b.ToTable("CmRequests");
            // Retention deletes the case and its needs; the anonymised request stays for the volunteers' records.
            b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.SetNull);
            b.HasOne<Need>().WithMany().HasForeignKey(r => r.NeedId).OnDelete(DeleteBehavior.SetNull);
            b.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
            b.Property(r => r.Title).HasMaxLength(VolunteerRequest.TitleMaxLength);
            b.Property(r => r.Description).HasMaxLength(VolunteerRequest.DescriptionMaxLength);
            b.Property(r => r.MeetingDetails).HasMaxLength(VolunteerRequest.MeetingMaxLength);
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(r => r.CreatedBy).HasMaxLength(256);
            b.HasIndex(r => new { r.Status, r.MunicipalityId });
            b.HasMany(r => r.Signups).WithOne(s => s.Request).HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Signup>(b =>
        {
            b.ToTable("CmSignups");
            b.HasOne<Volunteer>().WithMany().HasForeignKey(s => s.VolunteerId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(s => new { s.RequestId, s.VolunteerId }).IsUnique();
            b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(s => s.Message).HasMaxLength(Signup.MessageMaxLength);
            b.Property(s => s.Hours).HasPrecision(6, 2);
            b.Property(s => s.DecidedBy).HasMaxLength(256);
            b.Property(s => s.CompletedBy).HasMaxLength(256);
        });
        builder.Entity<RequestNotice>(b =>
        {
            b.ToTable("CmRequestNotices");
            b.HasOne<VolunteerRequest>().WithMany().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Volunteer>().WithMany().HasForeignKey(n => n.VolunteerId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(n => new { n.RequestId, n.VolunteerId }).IsUnique();
            b.HasIndex(n => n.SentAt);
        });
        builder.Entity<Reports.ReportExportEntry>(b =>
        {
            b.ToTable("CmReportExports");
            b.HasIndex(e => e.At);
            b.Property(e => e.UserEmail).HasMaxLength(256);
            b.Property(e => e.Unit).HasMaxLength(120);
            b.Property(e => e.Period).HasMaxLength(20);
            b.Property(e => e.Format).HasMaxLength(10);
        });

        builder.Entity<ScheduledJobRun>(b =>
        {
            b.ToTable("CmScheduledJobRuns");
            b.HasKey(j => j.Name);
            b.Property(j => j.Name).HasMaxLength(50);
        });
    }
}
