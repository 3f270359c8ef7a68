using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace IntegrationsNetz.Testing;

public static class TestAccounts
{
    public const string DefaultPassword = "ein sicheres Passwort für Tests";

    /// <summary>A staff account with role addresses only, optionally working for municipalities given by slug.</summary>
    public static async Task<PortalUser> CreateAsync(PortalFactory factory, string email, string role, string password = DefaultPassword, params string[] municipalities)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        foreach (var slug in municipalities)
        {
            var municipality = await db.Municipalities.SingleAsync(m => m.Slug == slug);
            db.StaffAssignments.Add(new StaffAssignment { Id = Guid.CreateVersion7(), UserId = user.Id, MunicipalityId = municipality.Id });
        }

        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>The account if a test of the same class created it already, else a new one.</summary>
    public static async Task<PortalUser> EnsureAsync(PortalFactory factory, string email, string role, params string[] municipalities)
    {
        using (var scope = factory.Services.CreateScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email) is { } existing)
            {
                return existing;
            }
        }

        return await CreateAsync(factory, email, role, DefaultPassword, municipalities);
    }

    /// <summary>
    /// Works off the queued password-reset requests now, as the portal's worker would within seconds, so a test waits
    /// for nothing: afterwards the reset mails are in the outbox.
    /// </summary>
    public static Task ProcessResetRequestsAsync(PortalFactory factory) =>
        factory.Services.GetRequiredService<IntegrationsNetz.Core.Accounts.PasswordResetWorker>().ProcessPendingAsync();

    /// <summary>
    /// Lets the queued reset requests and then the outbox run (delivery to the pickup folder: no SMTP host is
    /// configured) and reads the newest mail to an address.
    /// </summary>
    public static async Task<MimeMessage> LatestMailToAsync(PortalFactory factory, string? email)
    {
        await ProcessResetRequestsAsync(factory);
        await factory.Services.GetRequiredService<IntegrationsNetz.Core.Mail.OutboxSender>().SendPendingAsync();
        // The Date header counts whole seconds, so two mails of one second are told apart by when their file was written.
        return Directory.GetFiles(factory.MailPickup, "*.eml")
            .Select(path => (Mail: MimeMessage.Load(path), Written: File.GetLastWriteTimeUtc(path)))
            .Where(m => m.Mail.To.Mailboxes.Any(b => b.Address == email))
            .OrderByDescending(m => m.Mail.Date).ThenByDescending(m => m.Written)
            .First().Mail;
    }

    public static Uri LinkIn(MimeMessage mail) =>
        new((mail.TextBody ?? string.Empty).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries).First(w => w.StartsWith("http", StringComparison.Ordinal)).Trim());
}
