using IntegrationsNetz.Core.Accounts;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>
/// Identity's bearer tokens carry the roles and the security stamp of the moment they were issued, and the handler
/// checks only their expiry. This checks the stamp against the account on every request, so a role change, a
/// disabled or a deleted account takes effect at once rather than after the token's hour.
/// </summary>
internal static class BearerSecurityStamp
{
    private const string Prefix = "Bearer ";

    public static async Task ValidateAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // An unreadable or expired token is left to the handler, which refuses it the usual way.
        var ticket = context.Options.BearerTokenProtector.Unprotect(header[Prefix.Length..]);
        if (ticket?.Properties.ExpiresUtc is null)
        {
            return;
        }

        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<PortalUser>>();
        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is null)
        {
            context.Fail("The account changed after the token was issued.");
        }
    }
}
