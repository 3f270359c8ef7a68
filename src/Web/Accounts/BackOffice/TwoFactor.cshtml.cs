using IntegrationsNetz.Web.Common.Pages;
using System.Text;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Accounts.BackOffice;

/// <summary>
/// Sets up an authenticator app (TOTP): the key as a QR code, as text and as an otpauth URI. Enabling it, and renewing
/// them later, gives new recovery codes, shown once on <see cref="RecoveryCodesModel"/>.
/// </summary>
[Authorize]
[AllowAnonymous]
public sealed class TwoFactorModel(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TwoFactorPolicy policy, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string FormattedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    /// <summary>The QR code of <see cref="AuthenticatorUri"/> as inline SVG.</summary>
    public string QrCodeSvg { get; private set; } = string.Empty;

    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Redirect("/backoffice/login");
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Redirect("/backoffice/login");
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty).Replace("-", string.Empty);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), text["TwoFactorLogin_Invalid"]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        Status(text["TwoFactor_Enabled"]);
        return await ShowNewRecoveryCodesAsync(user);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Redirect("/backoffice/login");
        }

        if (!user.TwoFactorEnabled)
        {
            return Redirect(TwoFactorRequiredFilter.SetupPath);
        }

        Status(text["RecoveryCodes_Renewed"]);
        return await ShowNewRecoveryCodesAsync(user);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Redirect("/backoffice/login");
        }

        if (await policy.IsRequiredAsync(user))
        {
            return Redirect(TwoFactorRequiredFilter.SetupPath);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        Status(text["TwoFactor_Disabled"]);
        return Redirect(TwoFactorRequiredFilter.SetupPath);
    }

    /// <summary>New codes replace the old ones; they go to the next page only (TempData), never into a URL.</summary>
    private async Task<IActionResult> ShowNewRecoveryCodesAsync(PortalUser user)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodesModel.Count);
        TempData[RecoveryCodesModel.TempDataKey] = string.Join(' ', codes ?? []);
        return Redirect(RecoveryCodesModel.PagePath);
    }

    private async Task LoadAsync(PortalUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = await policy.IsRequiredAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp, which is checked on every request: keep this session signed in.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        FormattedKey = Format(key!);
        AuthenticatorUri = $"otpauth://totp/IntegrationsNetz:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=IntegrationsNetz&digits=6";
        QrCodeSvg = AuthenticatorQrCode.Svg(AuthenticatorUri, text["TwoFactor_QrLabel"]);
    }

    private static string Format(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().Trim().ToLowerInvariant();
    }
}
