using System.ComponentModel.DataAnnotations;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Accounts;

public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record ForgotPasswordRequest(string? Email);

public sealed record ResetPasswordRequest(string? Email, string? Token, string? NewPassword);

public sealed record AccountDto(string Email, string? DisplayName, IReadOnlyList<string> Roles, bool TwoFactorEnabled);

/// <summary>Token login for apps and tools (the routes are fixed in API.md); same accounts as the back office.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Konten").AllowAnonymous();
        group.MapPost("/login", LoginAsync).RequireRateLimiting(Security.RateLimits.Login).WithName("Login").WithSummary("Anmelden und Zugriffstoken erhalten");
        group.MapPost("/refresh", RefreshAsync).WithName("RefreshToken").WithSummary("Zugriffstoken erneuern");
        group.MapPost("/forgot-password", ForgotPasswordAsync).RequireRateLimiting(Security.RateLimits.PasswordReset).WithName("ForgotPassword").WithSummary("Link zum Zurücksetzen des Passworts anfordern");
        group.MapPost("/reset-password", ResetPasswordAsync).RequireRateLimiting(Security.RateLimits.PasswordReset).WithName("ResetPassword").WithSummary("Passwort mit dem Link aus der E-Mail neu setzen");
        app.MapGet("/api/v1/auth/me", MeAsync).WithTags("Konten").RequireAuthorization()
            .WithName("CurrentAccount").WithSummary("Das angemeldete Konto mit seinen Rollen");
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, SignInManager<PortalUser> signIn, Security.LoginGuard guard, TwoFactorPolicy twoFactor, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Validation("Email", text["Login_Required"]);
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var user = await signIn.UserManager.FindByEmailAsync(request.Email);
        if (user is not null && await twoFactor.IsMissingAsync(user))
        {
            // Only someone who knows the password learns that the account exists and lacks its second factor.
            var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
            return Problems.Unauthorized(text[check.Succeeded ? "Login_TwoFactorSetupRequired" : "Login_Failed"]);
        }

        var attempt = await guard.PasswordSignInAsync(context, request.Email, request.Password, persistent: false);
        if (attempt.RetryAfter is { } wait)
        {
            return Security.TooManyRequests.Problem(context, wait);
        }

        var result = attempt.Result;
        if (result.RequiresTwoFactor)
        {
            if (string.IsNullOrEmpty(request.TwoFactorCode))
            {
                return Problems.Unauthorized(text["Login_TwoFactorRequired"]);
            }

            result = await signIn.TwoFactorAuthenticatorSignInAsync(request.TwoFactorCode.Replace(" ", string.Empty), false, rememberClient: false);
        }

        // A lock after the password was right (second factor wrong) may say so; before, it would tell that the account exists.
        if (result.IsLockedOut && attempt.Result.RequiresTwoFactor)
        {
            return Problems.Unauthorized(text["Login_LockedOut"]);
        }

        // On success the bearer handler has already written the token response.
        return result.Succeeded ? TypedResults.Empty : Problems.Unauthorized(text["Login_Failed"]);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<PortalUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer,
        TimeProvider time, IStringLocalizer<SharedResource> text)
    {
        var protector = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return Problems.Unauthorized(text["Login_RefreshInvalid"]);
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> ForgotPasswordAsync(
        ForgotPasswordRequest request, PasswordResetMail mail, Security.AccountThrottle throttle, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || !new EmailAddressAttribute().IsValid(request.Email))
        {
            return Problems.Validation("Email", text["Validation_Email"]);
        }

        if (!throttle.TryTake(Security.RateLimits.PasswordReset, request.Email, out var wait))
        {
            return Security.TooManyRequests.Problem(context, wait);
        }

        // The same answer for known and unknown addresses, so nobody can probe for accounts.
        await mail.SendAsync(request.Email, context.Request);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<Ok<AccountDto>, UnauthorizedHttpResult>> MeAsync(HttpContext context, UserManager<PortalUser> users)
    {
        var user = await users.GetUserAsync(context.User);
        return user is null
            ? TypedResults.Unauthorized()
            : TypedResults.Ok(new AccountDto(user.Email!, user.DisplayName, (await users.GetRolesAsync(user)).Order().ToList(), user.TwoFactorEnabled));
    }

    private static async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> ResetPasswordAsync(
        ResetPasswordRequest request, UserManager<PortalUser> users, Security.AccountThrottle throttle, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Token) || string.IsNullOrEmpty(request.NewPassword))
        {
            return Problems.Validation("NewPassword", text["ResetPassword_Required"]);
        }

        if (!throttle.TryTake(Security.RateLimits.PasswordReset, "set:" + request.Email, out var wait))
        {
            return Security.TooManyRequests.Problem(context, wait);
        }

        var user = await users.FindByEmailAsync(request.Email);
        if (user is null)
        {
            return Problems.Validation("Token", text["Identity_InvalidToken"]);
        }

        var result = await users.ResetPasswordAsync(user, PasswordResetMail.DecodeToken(request.Token), request.NewPassword);
        if (!result.Succeeded)
        {
            return Problems.Validation(result.Errors, "NewPassword");
        }

        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.Ok();
    }
}
