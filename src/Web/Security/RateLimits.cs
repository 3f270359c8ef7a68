using System.Globalization;
using System.Threading.RateLimiting;
using IntegrationsNetz.Core.Configuration;
using Microsoft.AspNetCore.RateLimiting;

namespace IntegrationsNetz.Web.Security;

/// <summary>
/// Per-client limits (by IP address, after the forwarded headers of known proxies) on the doors a stranger can knock
/// on: login, password reset, volunteer registration and opt-in confirmation; the search only when configured.
/// Only writes are counted: opening a form costs nothing.
/// </summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string PasswordReset = "password-reset";
    public const string Registration = "registration";
    public const string Confirmation = "confirmation";
    public const string Search = "search";

    public static RateLimitRule Rule(RateLimitOptions options, string policy) => policy switch
    {
        Login => options.Login,
        PasswordReset => options.PasswordReset,
        Registration => options.Registration,
        Confirmation => options.Confirmation,
        _ => options.Search,
    };

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, RateLimitOptions options)
    {
        services.AddRateLimiter(o =>
        {
            foreach (var policy in new[] { Login, PasswordReset, Registration, Confirmation })
            {
                AddPolicy(o, policy, Rule(options, policy), writesOnly: true);
            }

            // The search is read by GET; when limited, every request counts.
            AddPolicy(o, Search, options.Search, writesOnly: false);
            o.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                return new ValueTask(TooManyRequests.WriteAsync(context.HttpContext, retryAfter));
            };
        });
        return services;
    }

    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static void AddPolicy(RateLimiterOptions o, string name, RateLimitRule rule, bool writesOnly) =>
        o.AddPolicy(name, context =>
            rule.PerClient == 0 || (writesOnly && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
                ? RateLimitPartition.GetNoLimiter("open")
                : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = rule.PerClient,
                    Window = rule.Window,
                    QueueLimit = 0,
                }));
}

/// <summary>The 429 answer: problem+json in German on the API, the German status page on forms, always with Retry-After.</summary>
public static class TooManyRequests
{
    public const string Title = "Zu viele Anfragen";

    public static string Detail(TimeSpan retryAfter) =>
        string.Format(CultureInfo.GetCultureInfo("de"), "Bitte warten Sie {0} Sekunden und versuchen Sie es dann noch einmal.", Seconds(retryAfter));

    public static async Task WriteAsync(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = Title, Detail = Detail(retryAfter) },
            });
        }

        // Pages: no body, so the status-code pages show the German (translated) page for 429.
    }

    /// <summary>For handlers that throttle per account: the API answer with the same text and header.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(title: Title, detail: Detail(retryAfter), statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}

public static class TooManyRequestsPage
{
    /// <summary>For page handlers that throttle per account: the status-code pages show the German page.</summary>
    public static Microsoft.AspNetCore.Mvc.IActionResult Result(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status429TooManyRequests);
    }
}
