using System.Text;
using IntegrationsNetz.Core.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace IntegrationsNetz.Core.Accounts;

/// <summary>
/// The link that sets a password (reset, and the invitation of a new staff account): a one-time Identity token in
/// the address of the back office's reset page. The mail joins the caller's unit of work and leaves when it is saved.
/// </summary>
public sealed class PasswordLinks(UserManager<PortalUser> users, MailOutbox outbox)
{
    public async Task<string> LinkAsync(PortalUser user, string baseUrl)
    {
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return $"{baseUrl}/backoffice/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={token}";
    }

    public async Task EnqueueAsync(PortalUser user, string baseUrl, string? culture = null) =>
        outbox.Enqueue(user.Email!, "password-reset", culture, new Dictionary<string, string> { ["LinkUrl"] = await LinkAsync(user, baseUrl) });

    /// <summary>
    /// The welcome of a new staff account: who invited them, their roles and where they work, and the link to set
    /// their first password, so it does not read like a reset nobody asked for.
    /// </summary>
    public async Task EnqueueInvitationAsync(PortalUser user, string baseUrl, StaffInvitation invitation) =>
        outbox.Enqueue(user.Email!, "staff-invitation", null, new Dictionary<string, string>
        {
            ["LinkUrl"] = await LinkAsync(user, baseUrl),
            ["Greeting"] = string.IsNullOrWhiteSpace(user.DisplayName) ? string.Empty : " " + user.DisplayName,
            ["InvitedBy"] = invitation.InvitedBy,
            ["Roles"] = invitation.Roles,
            ["Scope"] = invitation.Scope,
            ["Email"] = user.Email!,
        });

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

/// <summary>What the welcome mail says about the new account: who invited, which roles, for which municipalities, cooperations and teams.</summary>
public sealed record StaffInvitation(string InvitedBy, string Roles, string Scope);
