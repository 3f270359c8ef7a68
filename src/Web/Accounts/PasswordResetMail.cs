using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>
/// Queues a "forgot password" (<see cref="PasswordResetWorker"/> mails known addresses later): the same one insert for
/// every address, so the caller answers the same, in the same time, either way.
/// </summary>
public sealed class PasswordResetMail(PasswordLinks links, PortalDbContext db, TimeProvider time, IOptions<PortalOptions> options)
{
    public Task SendAsync(string email, HttpRequest request, string? culture = null) =>
        PasswordResetWorker.RequestAsync(db, time, email, BaseUrl(request), culture);

    /// <summary>A set-password link for <paramref name="user"/> (the lockout mail carries one).</summary>
    public Task<string> LinkAsync(PortalUser user, HttpRequest request) => links.LinkAsync(user, BaseUrl(request));

    public string BaseUrl(HttpRequest request) => options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}";

    public static string DecodeToken(string token) => PasswordLinks.DecodeToken(token);
}
