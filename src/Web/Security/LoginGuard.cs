using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace IntegrationsNetz.Web.Security;

/// <summary>The outcome of a password login: throttled (with the wait), or Identity's result.</summary>
public sealed record LoginAttempt(SignInResult Result, PortalUser? User, TimeSpan? RetryAfter)
{
    public bool Throttled => RetryAfter is not null;
}

/// <summary>
/// One password login for the form and the token API. Unknown, locked and real accounts cost the same work (a
/// password hash is checked either way) and get the same answer from the callers; failures slow the client down
/// and count against the account; a lock mails the owner, who can reset the password.
/// </summary>
public sealed class LoginGuard(
    SignInManager<PortalUser> signIn, IPasswordHasher<PortalUser> hasher, LoginBackoff backoff, AccountThrottle throttle,
    MailOutbox outbox, PortalDbContext db, PasswordResetMail links)
{
    private static string? _dummyHash;

    public async Task<LoginAttempt> PasswordSignInAsync(HttpContext context, string email, string password, bool persistent)
    {
        var client = RateLimits.ClientKey(context);
        if (backoff.Wait(client) is { } wait)
        {
            return new LoginAttempt(SignInResult.Failed, null, wait);
        }

        if (!throttle.HasRoom(RateLimits.Login, email, out var accountWait))
        {
            return new LoginAttempt(SignInResult.Failed, null, accountWait);
        }

        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        var lockedBefore = user is not null && await signIn.UserManager.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user?.UserName ?? email, password, persistent, lockoutOnFailure: true);
        if (user is null || lockedBefore)
        {
            // Identity checks no hash for these; do it anyway, so the answer time does not tell them apart.
            _dummyHash ??= hasher.HashPassword(new PortalUser(), "IntegrationsNetz dummy password");
            hasher.VerifyHashedPassword(user ?? new PortalUser(), _dummyHash, password);
        }

        if (result.Succeeded || result.RequiresTwoFactor)
        {
            backoff.Succeeded(client);
            return new LoginAttempt(result, user, null);
        }

        backoff.Failed(client);
        throttle.TryTake(RateLimits.Login, email, out _);
        if (user is not null && !lockedBefore && result.IsLockedOut)
        {
            outbox.Enqueue(user.Email!, "account-locked", null, new Dictionary<string, string> { ["LinkUrl"] = await links.LinkAsync(user, context.Request) });
            await db.SaveChangesAsync();
        }

        return new LoginAttempt(result, user, null);
    }
}
