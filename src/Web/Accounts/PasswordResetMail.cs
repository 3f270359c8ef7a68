using System.Text;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>Sends the reset link through the outbox. Unknown addresses get nothing, and the caller answers the same either way.</summary>
public sealed class PasswordResetMail(UserManager<PortalUser> users, MailOutbox outbox, PortalDbContext db, IOptions<PortalOptions> options)
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

        outbox.Enqueue(user.Email!, "password-reset", culture, new Dictionary<string, string> { ["LinkUrl"] = await LinkAsync(user, request) });
        await db.SaveChangesAsync();
    }

    public async Task<string> LinkAsync(PortalUser user, HttpRequest request)
    {
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return $"{BaseUrl(request)}/backoffice/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={token}";
    }

    public string BaseUrl(HttpRequest request) => options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}";

    public static string DecodeToken(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }
}
