using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Authorization;

/// <summary>
/// Every way into the running app, from its <see cref="EndpointDataSource"/>: each minimal-API route with its
/// method, and each Razor page (host and plugins) with GET and every handler it declares ("POST /x?handler=Delete").
/// </summary>
public static class EndpointCatalog
{
    public static async Task<IReadOnlyList<string>> KeysAsync(IServiceProvider services)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var loader = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                keys.Add($"GET {route}");
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                // PageModel's own filter methods (OnPageHandlerExecution…) look like handlers of a verb "Page"; they are not.
                foreach (var handler in compiled.HandlerMethods.Where(h => HttpMethods.IsGet(h.HttpMethod) || HttpMethods.IsPost(h.HttpMethod)
                    || HttpMethods.IsPut(h.HttpMethod) || HttpMethods.IsDelete(h.HttpMethod) || HttpMethods.IsPatch(h.HttpMethod)))
                {
                    keys.Add(Key(handler.HttpMethod.ToUpperInvariant(), route, handler.Name));
                }

                continue;
            }

            // Static files (one endpoint per file) are the same public answer for everybody; they are not a way in.
            if (endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor"))
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods.Count == 0 ? ["ANY"] : methods)
            {
                keys.Add($"{method} {route}");
            }
        }

        return keys.ToList();
    }

    public static string Key(string method, string route, string? handler = null) =>
        handler is null ? $"{method} {route}" : $"{method} {route}?handler={handler}";
}
