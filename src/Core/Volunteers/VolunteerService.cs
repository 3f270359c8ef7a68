using System.Security.Cryptography;
using System.Text;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Volunteers;

/// <summary>
/// Registration with double opt-in, approval by a coordinator, the profile, export and deletion. Each step and the
/// mail it causes are saved together.
/// </summary>
public sealed class VolunteerService(PortalDbContext db, UserManager<PortalUser> users, MailOutbox outbox, TimeProvider time)
{
    private readonly StaffScope scopes = new(db);

    /// <summary>Always "accepted" for the caller: whether the address had an account is told only to its owner.</summary>
    public async Task<OperationResult> RegisterAsync(VolunteerRegistration registration, string baseUrl, CancellationToken ct = default)
    {
        var validator = new Validator();
        var email = registration.Email?.Trim() ?? string.Empty;
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Length is 0 or > 256)
        {
            validator.Add("Email", Messages.ForReader("InvalidEmail"));
        }

        if ((registration.Password ?? string.Empty).Length < PasswordRules.MinimumLength)
        {
            validator.Add("Password", Messages.ForReader("PasswordTooShort", PasswordRules.MinimumLength));
        }

        if (!registration.PrivacyConsent)
        {
            validator.Add("PrivacyConsent", Messages.ForReader("PrivacyConsentRequired"));
        }

        var municipalities = await ValidateProfileAsync(registration.Profile, validator, ct);
        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var culture = Culture(registration.Profile.PreferredCulture);
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // The same work as for a new account (hashing the password is most of it), so the answer time does not
            // tell whether the address is registered.
            _ = users.PasswordHasher.HashPassword(existing, registration.Password!);
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(existing)));
            outbox.Enqueue(email, "volunteer-already-registered", culture, new Dictionary<string, string>
            {
                ["LinkUrl"] = $"{baseUrl}/backoffice/reset-password?email={Uri.EscapeDataString(email)}&token={token}",
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return OperationResult.Ok;
        }

        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = false, CreatedAt = Clock.UtcNow(time) };
        var created = await users.CreateAsync(user, registration.Password!);
        if (!created.Succeeded)
        {
            return OperationResult.Invalid("Password", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Volunteer);
        var volunteer = new Volunteer
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            Status = VolunteerStatus.AwaitingConfirmation,
            CreatedAt = Clock.UtcNow(time),
            UnsubscribeToken = NewToken(),
        };
        Apply(volunteer, registration.Profile, municipalities);
        db.Volunteers.Add(volunteer);
        var confirmation = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{user.Id:N}:{await users.GenerateEmailConfirmationTokenAsync(user)}"));
        outbox.Enqueue(email, "volunteer-optin", culture, new Dictionary<string, string>
        {
            ["Name"] = volunteer.DisplayName,
            ["LinkUrl"] = $"{baseUrl}/{culture}/mitmachen/bestaetigen?token={confirmation}",
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>The link from the opt-in mail. An expired, forged or already used token changes nothing.</summary>
    public async Task<OperationResult> ConfirmAsync(string? token, string baseUrl, CancellationToken ct = default)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token ?? string.Empty));
        }
        catch (FormatException)
        {
            return OperationResult.Invalid("Token", Messages.ForReader("OptInInvalid"));
        }

        var parts = decoded.Split(':', 2);
        var user = parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var userId) ? await users.FindByIdAsync(userId.ToString()) : null;
        var volunteer = user is null ? null : await db.Volunteers.FirstOrDefaultAsync(v => v.UserId == user.Id, ct);
        if (user is null || volunteer is null)
        {
            return OperationResult.Invalid("Token", Messages.ForReader("OptInInvalid"));
        }

        if (volunteer.Status != VolunteerStatus.AwaitingConfirmation)
        {
            return OperationResult.Conflict("Token", Messages.ForReader("OptInUsed"));
        }

        var confirmed = await users.ConfirmEmailAsync(user, parts[1]);
        if (!confirmed.Succeeded)
        {
            return OperationResult.Invalid("Token", Messages.ForReader("OptInInvalid"));
        }

        volunteer.Status = VolunteerStatus.AwaitingApproval;
        volunteer.ConfirmedAt = Clock.UtcNow(time);
        await TellCoordinatorsAsync(volunteer, baseUrl, ct);
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>The coordinators of the volunteer's municipalities learn that someone waits for approval; the mail names nobody.</summary>
    private async Task TellCoordinatorsAsync(Volunteer volunteer, string baseUrl, CancellationToken ct)
    {
        var municipalityIds = await db.Volunteers.Where(v => v.Id == volunteer.Id).SelectMany(v => v.Municipalities.Select(m => m.Id)).ToListAsync(ct);
        var staff = scopes.StaffOf(municipalityIds);
        var coordinatorRole = await db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var emails = await db.Users
            .Where(u => staff.Contains(u.Id) && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == coordinatorRole) && u.Email != null)
            .Select(u => u.Email!).Distinct().ToListAsync(ct);
        foreach (var email in emails)
        {
            outbox.Enqueue(email, "volunteer-awaiting-approval", "de", new Dictionary<string, string> { ["LinkUrl"] = $"{baseUrl}/backoffice/volunteers" });
        }
    }

    /// <summary>How many volunteers of the actor's municipalities wait for approval, for the coordinators' start page.</summary>
    public async Task<int> AwaitingApprovalCountAsync(StaffActor actor, CancellationToken ct = default)
    {
        var scope = (await scopes.MunicipalitiesAsync(actor.UserId, actor.IsAdministrator, ct))?.ToList();
        return await db.Volunteers.CountAsync(v => v.Status == VolunteerStatus.AwaitingApproval && (scope == null || v.Municipalities.Any(m => scope.Contains(m.Id))), ct);
    }

    /// <summary>How far ahead a coordinator is reminded that a volunteer's certificate of conduct must be seen again.</summary>
    public const int ConductCheckNoticeDays = 30;

    /// <summary>
    /// Approved volunteers whose certificate of conduct is due to be seen again (past its recheck date or within
    /// <see cref="ConductCheckNoticeDays"/> days of it), within the coordinator's municipalities.
    /// </summary>
    public async Task<int> ConductChecksDueCountAsync(StaffActor actor, CancellationToken ct = default)
    {
        var scope = (await scopes.MunicipalitiesAsync(actor.UserId, actor.IsAdministrator, ct))?.ToList();
        var due = Clock.TodayInGermany(time).AddDays(ConductCheckNoticeDays);
        return await db.Volunteers.CountAsync(v => v.Status == VolunteerStatus.Approved && v.ConductCertificateRecheckOn != null && v.ConductCertificateRecheckOn <= due
            && (scope == null || v.Municipalities.Any(m => scope.Contains(m.Id))), ct);
    }

    public async Task<OperationResult> ApproveAsync(Guid volunteerId, StaffActor coordinator, string baseUrl, CancellationToken ct = default)
    {
        var volunteer = await InScopeAsync(volunteerId, coordinator, ct);
        if (volunteer is null)
        {
            return OperationResult.NotFound;
        }

        if (volunteer.Status != VolunteerStatus.AwaitingApproval)
        {
            return OperationResult.Conflict("Status", Messages.Get(volunteer.Status == VolunteerStatus.Approved ? "VolunteerAlreadyApproved" : "VolunteerNotConfirmed"));
        }

        volunteer.Status = VolunteerStatus.Approved;
        volunteer.ApprovedAt = Clock.UtcNow(time);
        volunteer.ApprovedBy = coordinator.Name;
        var user = await users.FindByIdAsync(volunteer.UserId.ToString());
        var unsubscribe = $"{baseUrl}/abmelden?token={volunteer.UnsubscribeToken}";
        outbox.Enqueue(user!.Email!, "volunteer-approved", volunteer.PreferredCulture, new Dictionary<string, string>
        {
            ["Name"] = volunteer.DisplayName,
            ["LinkUrl"] = $"{baseUrl}/backoffice/login",
            ["UnsubscribeUrl"] = unsubscribe,
        }, unsubscribe);
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>Records that a coordinator has seen the Führungszeugnis; the document itself is never stored.</summary>
    public async Task<OperationResult> RecordConductCertificateAsync(Guid volunteerId, DateOnly seenOn, StaffActor coordinator, CancellationToken ct = default)
    {
        var volunteer = await InScopeAsync(volunteerId, coordinator, ct);
        if (volunteer is null)
        {
            return OperationResult.NotFound;
        }

        var today = Clock.TodayInGermany(time);
        if (seenOn > today || seenOn < today.AddYears(-5))
        {
            return OperationResult.Invalid("SeenOn", Messages.Get("ConductCertificateDate"));
        }

        volunteer.ConductCertificateSeenOn = seenOn;
        volunteer.ConductCertificateSeenBy = coordinator.Name;

        // Work with children needs a current certificate; organisations commonly ask again after five years.
        volunteer.ConductCertificateRecheckOn = seenOn.AddYears(5);
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>A volunteer of the coordinator's municipalities; anyone else does not exist for them.</summary>
    private async Task<Volunteer?> InScopeAsync(Guid volunteerId, StaffActor coordinator, CancellationToken ct)
    {
        var scope = (await scopes.MunicipalitiesAsync(coordinator, ct))?.ToList();
        return await db.Volunteers.FirstOrDefaultAsync(v => v.Id == volunteerId && (scope == null || v.Municipalities.Any(m => scope.Contains(m.Id))), ct);
    }

    public Task<Volunteer?> FindByUserAsync(Guid userId, CancellationToken ct = default) =>
        db.Volunteers.Include(v => v.Municipalities).FirstOrDefaultAsync(v => v.UserId == userId, ct);

    public async Task<OperationResult> UpdateAsync(Guid userId, VolunteerProfileInput input, CancellationToken ct = default)
    {
        var volunteer = await FindByUserAsync(userId, ct);
        if (volunteer is null)
        {
            return OperationResult.NotFound;
        }

        var validator = new Validator();
        var municipalities = await ValidateProfileAsync(input, validator, ct);
        if (input.Notifications is { } notifications && !Enum.TryParse<NotificationPreference>(notifications, out _))
        {
            validator.Add("Notifications", Messages.Get("InvalidNotificationPreference"));
        }

        if (input.VolunteerCircleId is { } circle && !await db.Offers.AnyAsync(o => o.Id == circle && EF.Property<string>(o, "OfferKind") == "VolunteerCircle", ct))
        {
            validator.Add("VolunteerCircleId", Messages.Get("UnknownVolunteerCircle"));
        }

        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        Apply(volunteer, input, municipalities);
        if (input.Notifications is { } preference)
        {
            volunteer.Notifications = Enum.Parse<NotificationPreference>(preference);
        }

        volunteer.VolunteerCircleId = input.VolunteerCircleId;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<VolunteerExport?> ExportAsync(Guid userId, CancellationToken ct = default)
    {
        var volunteer = await FindByUserAsync(userId, ct);
        var user = await users.FindByIdAsync(userId.ToString());
        if (volunteer is null || user is null)
        {
            return null;
        }

        var mails = await db.OutboxMessages.AsNoTracking().Where(m => m.To == user.Email).OrderBy(m => m.CreatedAt)
            .Select(m => m.Subject).ToListAsync(ct);
        return new VolunteerExport(
            user.Email!, volunteer.DisplayName, volunteer.Phone, volunteer.PreferredCulture, volunteer.Status.ToString(), volunteer.CreatedAt,
            volunteer.ConfirmedAt, volunteer.ApprovedAt, volunteer.Municipalities.Select(m => m.Slug).ToList(), volunteer.Languages, volunteer.Skills,
            volunteer.Availability, volunteer.VolunteerCircleId, volunteer.ConductCertificateSeenOn, volunteer.ConductCertificateRecheckOn,
            volunteer.Notifications.ToString(), mails);
    }

    /// <summary>
    /// Deletes the account and the profile. The confirmation mail is the last message to the address; sent mails
    /// keep no address once delivered records are anonymised. Sign-ups and hours (a later feature) stay without a person.
    /// </summary>
    public async Task<OperationResult> DeleteAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var volunteer = await FindByUserAsync(userId, ct);
        if (user is null || volunteer is null)
        {
            return OperationResult.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var email = user.Email!;
        await db.OutboxMessages.Where(m => m.To == email && m.Status == OutboxStatus.Sent)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.To, "geloescht@" + MailOutbox.Domain), ct);
        outbox.Enqueue(email, "account-deleted", volunteer.PreferredCulture, new Dictionary<string, string>());
        db.Volunteers.Remove(volunteer);
        await db.SaveChangesAsync(ct);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            return OperationResult.Conflict("User", string.Join(" ", deleted.Errors.Select(e => e.Description)));
        }

        await transaction.CommitAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>One-click unsubscribe (RFC 8058): no login, the token alone decides.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.UnsubscribeToken == token, ct);
        if (volunteer is null)
        {
            return false;
        }

        volunteer.Notifications = NotificationPreference.None;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The volunteers of the actor's municipalities (all for administrators), awaiting approval first.</summary>
    public async Task<List<VolunteerListing>> ListForCoordinatorAsync(StaffActor actor, CancellationToken ct = default)
    {
        var scope = (await new StaffScope(db).MunicipalitiesAsync(actor.UserId, actor.IsAdministrator, ct))?.ToList();
        var list = await db.Volunteers.AsNoTracking().Include(v => v.Municipalities)
            .Where(v => scope == null || v.Municipalities.Any(m => scope.Contains(m.Id)))
            .Join(db.Users, v => v.UserId, u => u.Id, (v, u) => new { v, u.Email })
            .ToListAsync(ct);
        return list.OrderBy(x => x.v.Status == VolunteerStatus.AwaitingApproval ? 0 : 1).ThenBy(x => x.v.DisplayName)
            .Select(x => new VolunteerListing(x.v, x.Email ?? string.Empty)).ToList();
    }

    private async Task<List<Organisation.Municipality>> ValidateProfileAsync(VolunteerProfileInput input, Validator validator, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            validator.Add("DisplayName", Messages.ForReader("VolunteerNameRequired"));
        }

        validator.Text("DisplayName", input.DisplayName, 100, "Name").Text("Phone", input.Phone, 50, "Telefon");
        var municipalities = await db.Municipalities.Where(m => input.Municipalities.Contains(m.Slug)).ToListAsync(ct);
        if (input.Municipalities.Count == 0)
        {
            validator.Add("Municipalities", Messages.ForReader("VolunteerNeedsMunicipality"));
        }
        else if (municipalities.Count != input.Municipalities.Distinct().Count())
        {
            validator.Add("Municipalities", Messages.ForReader("UnknownMunicipality"));
        }

        foreach (var skill in input.Skills.Where(s => s is null || !VolunteerCatalog.Skills.Contains(s)))
        {
            validator.Add("Skills", Messages.ForReader("UnknownSkill", skill));
        }

        ValidateLanguages(input.Languages, validator);

        foreach (var slot in input.Availability.Where(a => a is null || !VolunteerCatalog.Slots.Contains(a)))
        {
            validator.Add("Availability", Messages.ForReader("UnknownSlot", slot));
        }

        if (input.PreferredCulture is { Length: > 0 } culture && !PortalCulture.IsKnown(culture))
        {
            validator.Add("PreferredCulture", Messages.Get("UnknownCulture"));
        }

        return municipalities;
    }

    /// <summary>
    /// A form row sends "ar:" when the level was not chosen and ":C1" when the language was not; each gets its own
    /// message, so the reader knows what to pick rather than reading that "ar:" is invalid.
    /// </summary>
    private static void ValidateLanguages(IReadOnlyList<string> languages, Validator validator)
    {
        foreach (var language in languages)
        {
            var parts = (language ?? string.Empty).Split(':');
            var message = parts.Length == 2 && VolunteerCatalog.LanguageCodes.Contains(parts[0]) && parts[1].Length == 0 ? Messages.ForReader("LanguageNeedsLevel")
                : parts.Length == 2 && parts[0].Length == 0 && VolunteerCatalog.LanguageLevels.Contains(parts[1]) ? Messages.ForReader("LanguageNeedsLanguage")
                : VolunteerCatalog.IsLanguage(language ?? string.Empty) ? null
                : Messages.ForReader("UnknownLanguage", language ?? string.Empty);
            if (message is not null)
            {
                validator.Add("Languages", message);
            }
        }

        if (languages.Where(l => l is not null && VolunteerCatalog.IsLanguage(l)).GroupBy(l => l.Split(':')[0]).Any(g => g.Distinct().Count() > 1))
        {
            validator.Add("Languages", Messages.ForReader("LanguageTwice"));
        }
    }

    private static void Apply(Volunteer volunteer, VolunteerProfileInput input, List<Organisation.Municipality> municipalities)
    {
        volunteer.DisplayName = input.DisplayName!.Trim();
        volunteer.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        volunteer.PreferredCulture = Culture(input.PreferredCulture);
        volunteer.Municipalities = municipalities;
        volunteer.Languages = input.Languages.Distinct().ToList();
        volunteer.Skills = input.Skills.Distinct().ToList();
        volunteer.Availability = input.Availability.Distinct().ToList();
    }

    private static string Culture(string? culture) => PortalCulture.Find(culture)?.Key ?? PortalCulture.SourceKey;

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
