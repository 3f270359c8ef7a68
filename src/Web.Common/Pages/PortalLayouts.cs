using Microsoft.AspNetCore.Mvc.Abstractions;

namespace IntegrationsNetz.Web.Common.Pages;

/// <summary>
/// The layout contract between the host and plugins: the host ships the layouts under these names, and every page whose
/// route lies under <c>/backoffice</c> is a back-office page: staff only, two-factor where required, the back-office
/// layout, never cached. A plugin page needs nothing more than its route to take part.
/// </summary>
public static class PortalLayouts
{
    public const string Public = "_PublicLayout";
    public const string BackOffice = "_BackOfficeLayout";
    public const string Print = "_PrintLayout";

    /// <summary>The TempData key of the one-line status shown once by the back-office layout after a redirect.</summary>
    public const string StatusKey = "Status";

    private const string BackOfficeRoute = "backoffice";

    public static bool IsBackOffice(ActionDescriptor page) =>
        page.AttributeRouteInfo?.Template is { } template
        && (template == BackOfficeRoute || template.StartsWith(BackOfficeRoute + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>The layout of a page by its route; a page may still choose another (the print view does).</summary>
    public static string For(ActionDescriptor page) => IsBackOffice(page) ? BackOffice : Public;
}
