using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Testing;

/// <summary>
/// What a volunteer's profile says, for tests of requests; every field has the common default. A status other than
/// approved leaves the profile as registration does, waiting for (or past) a coordinator's decision.
/// </summary>
public sealed record VolunteerProfile(
    string Municipality = "eppelheim",
    string Culture = "de",
    string[]? Languages = null,
    string[]? Skills = null,
    string[]? Availability = null,
    NotificationPreference Notifications = NotificationPreference.Immediately,
    bool ConductCheck = false,
    VolunteerStatus Status = VolunteerStatus.Approved);

/// <summary>Approved volunteers as a coordinator's approval leaves them, with a signed-in API client each.</summary>
public static class VolunteerTestData
{
    public static async Task<(Guid Id, HttpClient Api)> ApprovedAsync(PortalFactory factory, string email, string name, VolunteerProfile profile)
    {
        await TestAccounts.CreateAsync(factory, email, Roles.Volunteer);
        var id = await ProfileAsync(factory, email, name, profile);
        return (id, await ApiClient.SignedInAsync(factory, email, TestAccounts.DefaultPassword));
    }

    /// <summary>
    /// An approved volunteer whose account has no password, so no one signs in with it: for tests that need many
    /// volunteers and act for them through the services (a password hash costs about 100 ms each).
    /// </summary>
    public static async Task<Volunteer> WithoutLoginAsync(PortalFactory factory, string email, string name, VolunteerProfile profile)
    {
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Volunteer);
        }

        var id = await ProfileAsync(factory, email, name, profile);
        using var read = factory.Services.CreateScope();
        return await read.ServiceProvider.GetRequiredService<PortalDbContext>().Volunteers.AsNoTracking().Include(v => v.Municipalities).SingleAsync(v => v.Id == id);
    }

    private static async Task<Guid> ProfileAsync(PortalFactory factory, string email, string name, VolunteerProfile profile)
    {
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var today = IntegrationsNetz.Core.Common.Clock.TodayInGermany(TimeProvider.System);
            var volunteer = new Volunteer
            {
                Id = Guid.CreateVersion7(), UserId = user.Id, DisplayName = name, Status = profile.Status, CreatedAt = DateTime.UtcNow,
                ApprovedAt = profile.Status == VolunteerStatus.Approved ? DateTime.UtcNow : null,
                ApprovedBy = profile.Status == VolunteerStatus.Approved ? "koordination@test.example" : null, PreferredCulture = profile.Culture,
                Municipalities = [await db.Municipalities.SingleAsync(m => m.Slug == profile.Municipality)],
                Languages = [.. profile.Languages ?? ["de:C2"]], Skills = [.. profile.Skills ?? ["accompaniment"]], Availability = [.. profile.Availability ?? []],
                Notifications = profile.Notifications, UnsubscribeToken = Guid.NewGuid().ToString("N"),
                ConductCertificateSeenOn = profile.ConductCheck ? today.AddDays(-30) : null,
                ConductCertificateRecheckOn = profile.ConductCheck ? today.AddYears(5) : null,
            };
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
            return volunteer.Id;
        }
    }
}

/// <summary>A portal whose outbox delivers to the given SMTP server (see tests/Shared/SmtpServer.cs).</summary>
public class SmtpPortalFactory(int port, Dictionary<string, string?>? settings = null) : PortalFactory(With(port, settings))
{
    private static Dictionary<string, string?> With(int port, Dictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["IntegrationsNetz:Smtp:Host"] = "127.0.0.1",
            ["IntegrationsNetz:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IntegrationsNetz:Smtp:Security"] = "None",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return all;
    }
}
