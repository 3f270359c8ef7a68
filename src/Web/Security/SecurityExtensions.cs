using System.Net;
using IntegrationsNetz.Core.Configuration;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IntegrationsNetz.Web.Security;

public static class SecurityExtensions
{
    /// <summary>Largest request body outside the CSV import (which allows 10 MB): forms and JSON stay far below.</summary>
    public const long MaxRequestBodyBytes = 1_000_000;

    /// <summary>Largest single form value (URL-encoded, so umlauts count several times): a long page body in Markdown fits.</summary>
    public const int MaxFormValueLength = 500_000;

    private static readonly (string Page, string Policy)[] ThrottledPages =
    [
        ("/BackOffice/Account/Login", RateLimits.Login),
        ("/BackOffice/Account/LoginTwoFactor", RateLimits.Login),
        ("/BackOffice/Account/ForgotPassword", RateLimits.PasswordReset),
        ("/BackOffice/Account/ResetPassword", RateLimits.PasswordReset),
        ("/Public/Volunteers/Register", RateLimits.Registration),
        ("/Public/Volunteers/Confirm", RateLimits.Confirmation),
        ("/Public/Search", RateLimits.Search),
    ];

    public static IServiceCollection AddPortalSecurity(this IServiceCollection services, WebApplicationBuilder builder, PortalOptions options)
    {
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = MaxFormValueLength;
            o.ValueCountLimit = 2000;
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in options.Security.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
                else
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(o =>
        {
            o.SuppressXFrameOptionsHeader = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // Unreadable input is the caller's mistake: the minimal APIs throw, BadInputHandler answers 400/413/415.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new NoNullItemsConverterFactory()));
        services.AddExceptionHandler<BadInputHandler>();
        // PostConfigure: AddRazorPages replaces the convention collection, so conventions set before it would be lost.
        services.PostConfigure<RazorPagesOptions>(o =>
        {
            o.Conventions.ConfigureFilter(new UnreadableFormValueFilter());
            foreach (var (page, policy) in ThrottledPages)
            {
                o.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));
            }
        });

        services.AddPortalRateLimits(options.RateLimits);
        services.AddSingleton<AccountThrottle>();
        services.AddSingleton<LoginBackoff>();
        services.AddScoped<LoginGuard>();
        return services;
    }

    /// <summary>First in the pipeline: the client address and scheme are known, and every answer gets the headers.</summary>
    public static WebApplication UsePortalSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders(SecurityHeaders.Policy());
        app.UseHsts();
        app.Use(SecurityHeaders.NoStoreForPersonalAnswers);
        return app;
    }
}
