using System.Text;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>Sends the reset link. Unknown addresses get nothing, and the caller answers the same either way.</summary>
public sealed class PasswordResetMail(
    UserManager<PortalUser> users,
    MailPickup mail,
    IOptions<PortalOptions> options,
    IStringLocalizer<SharedResource> text)
{
    public async Task SendAsync(string email, HttpRequest request)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return;
        }

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}";
        var link = $"{baseUrl}/backoffice/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={token}";
        var body = text["Mail_PasswordReset_Body", link].Value;
        await mail.WriteAsync(new PortalMail(
            user.Email!,
            text["Mail_PasswordReset_Subject"],
            body,
            $"<p>{System.Net.WebUtility.HtmlEncode(text["Mail_PasswordReset_Intro"])}</p><p><a href=\"{System.Net.WebUtility.HtmlEncode(link)}\">{System.Net.WebUtility.HtmlEncode(text["Mail_PasswordReset_Link"])}</a></p><p>{System.Net.WebUtility.HtmlEncode(text["Mail_PasswordReset_Ignore"])}</p>"));
    }

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
