using System.Security.Cryptography;
using System.Text;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Accounts;

public enum SetupOutcome
{
    AdministratorExists,
    AdministratorCreated,
    SetupLinkIssued,
}

/// <summary>
/// Creates the first administrator: from configuration for unattended installs, otherwise through a one-time
/// setup link printed to the console. There is never a default password.
/// </summary>
public sealed class SetupService(PortalDbContext db, UserManager<PortalUser> users, RoleManager<PortalRole> roles, TimeProvider time)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    public async Task<(SetupOutcome Outcome, string? Token)> EnsureAdministratorAsync(SetupOptions setup, CancellationToken ct = default)
    {
        await EnsureRolesAsync();
        if (await HasAdministratorAsync(ct))
        {
            return (SetupOutcome.AdministratorExists, null);
        }

        if (!string.IsNullOrWhiteSpace(setup.AdminEmail) && !string.IsNullOrEmpty(setup.AdminPassword))
        {
            var result = await CreateAdministratorAsync(setup.AdminEmail, setup.AdminPassword);
            return result.Succeeded
                ? (SetupOutcome.AdministratorCreated, null)
                : throw new InvalidOperationException("IntegrationsNetz:Setup:AdminPassword was refused: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var now = Clock.UtcNow(time);
        db.SetupTokens.Add(new SetupToken { Id = Guid.CreateVersion7(), TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + LinkLifetime });
        await db.SaveChangesAsync(ct);
        return (SetupOutcome.SetupLinkIssued, token);
    }

    public async Task<bool> IsValidTokenAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || await HasAdministratorAsync(ct))
        {
            return false;
        }

        var hash = Hash(token);
        var now = Clock.UtcNow(time);
        return await db.SetupTokens.AnyAsync(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now, ct);
    }

    public async Task<IdentityResult> CompleteAsync(string token, string email, string password, CancellationToken ct = default)
    {
        // The link is claimed first, and every outstanding link with it, in the transaction that creates the account:
        // of ten posts at once one claims it and the others wait for its row locks, then find it used. A refused
        // password rolls the claim back, so the link still works for the next try.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var hash = Hash(token);
        var now = Clock.UtcNow(time);
        var claimed = await db.SetupTokens
            .Where(t => t.UsedAt == null && db.SetupTokens.Any(v => v.TokenHash == hash && v.UsedAt == null && v.ExpiresAt > now))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        if (claimed == 0 || await HasAdministratorAsync(ct))
        {
            return IdentityResult.Failed(new IdentityError { Code = "SetupLinkInvalid", Description = Messages.Get("SetupLinkInvalid") });
        }

        var result = await CreateAdministratorAsync(email, password);
        if (result.Succeeded)
        {
            await transaction.CommitAsync(ct);
        }

        return result;
    }

    private async Task<IdentityResult> CreateAdministratorAsync(string email, string password)
    {
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = Clock.UtcNow(time), DisplayName = "Administration" };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? await users.AddToRoleAsync(user, Roles.Administrator) : result;
    }

    // One query each rather than Identity's lookups role by role and its list of all administrators: this runs on
    // every start, where each query of a new shape costs its compilation.
    private async Task<bool> HasAdministratorAsync(CancellationToken ct)
    {
        var administrator = roles.NormalizeKey(Roles.Administrator);
        return await db.UserRoles.AnyAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == administrator), ct);
    }

    private async Task EnsureRolesAsync()
    {
        var existing = (await db.Roles.Select(r => r.NormalizedName).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        foreach (var role in Roles.All.Where(r => !existing.Contains(roles.NormalizeKey(r))))
        {
            await roles.CreateAsync(new PortalRole(role));
        }
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
