using IntegrationsNetz.Core.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>
/// Addresses in request mails: the configured public address, else the address the current request came in on,
/// else the local default (for jobs that run without a request).
/// </summary>
public sealed class RequestLinks(IOptions<PortalOptions> options, IHttpContextAccessor http)
{
    public string Base => options.Value.PublicBaseUrl?.TrimEnd('/')
        ?? (http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}" : "http://localhost:5000");

    public string Board => $"{Base}/ehrenamt/anfragen";

    public string ForVolunteer(Guid requestId) => $"{Base}/ehrenamt/anfragen/{requestId}";

    public string ForManager(Guid requestId) => $"{Base}/backoffice/cases/requests/{requestId}";

    public string Certificate => $"{Base}/ehrenamt/nachweis";

    public string Unsubscribe(string token) => $"{Base}/abmelden?token={Uri.EscapeDataString(token)}";
}
