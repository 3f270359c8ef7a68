using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>Sends the reset link through the outbox. Unknown addresses get nothing, and the caller answers the same either way.</summary>
public sealed class PasswordResetMail(UserManager<PortalUser> users, PasswordLinks links, PortalDbContext db, IOptions<PortalOptions> options)
{
    public async Task SendAsync(string email, HttpRequest request, string? culture = null)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // The same token work as for a real account, so the answer time does not tell the addresses apart.
            _ = await users.GeneratePasswordResetTokenAsync(new PortalUser { Id = Guid.NewGuid(), SecurityStamp = Guid.NewGuid().ToString("N") });
            return;
        }

        await links.EnqueueAsync(user, BaseUrl(request), culture);
        await db.SaveChangesAsync();
    }

    /// <summary>A set-password link for <paramref name="user"/> (the lockout mail carries one).</summary>
    public Task<string> LinkAsync(PortalUser user, HttpRequest request) => links.LinkAsync(user, BaseUrl(request));

    public string BaseUrl(HttpRequest request) => options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}";

    public static string DecodeToken(string token) => PasswordLinks.DecodeToken(token);
}
