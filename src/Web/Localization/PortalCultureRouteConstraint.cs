using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Web.Localization;

/// <summary>Matches only the culture keys of the portal, so "/xx/..." is a plain 404 and never a page.</summary>
public sealed class PortalCultureRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string key && PortalCulture.All.Any(c => c.Key == key);
}
