using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>The public read path: output cache with its invalidation across nodes, validators, compression.</summary>
public static class ReadPathExtensions
{
    /// <summary>Registered after every feature, so the save hook sees the indexing tasks their interceptors add.</summary>
    public static IServiceCollection AddPortalReadPath(this IServiceCollection services)
    {
        // The policy needs this node's services; the builder takes it from them (a singleton, not one per request).
        services.AddSingleton<PublicCachePolicy>();
        services.AddOutputCache(o => o.AddPolicy(PublicCachePolicy.Name, b => b.AddPolicy<PublicCachePolicy>(), excludeDefaultPolicy: true));
        services.Replace(ServiceDescriptor.Singleton<IOutputCacheStore, GenerationOutputCacheStore>());
        services.AddSingleton<PublicContentVersion>();
        services.AddSingleton<ISaveChangesInterceptor, PublicChangeSaveHook>();
        services.AddHostedService<PublicChangeWatch>();
        services.AddResponseCompression(o =>
        {
            // Over HTTPS too (TLS ends at the proxy in production), but never for personal answers: a secret beside
            // text an attacker chose in one compressed answer is what BREACH reads.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, PublicOnlyCompression>();
        return services;
    }

    /// <summary>Before the static files, so the style sheet is compressed too.</summary>
    public static WebApplication UsePortalCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }

    /// <summary>After authentication: the cache must know who is signed in.</summary>
    public static WebApplication UsePortalOutputCache(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseMiddleware<ContentValidators>();
        return app;
    }
}

/// <summary>The framework's choice of encoding, except for personal answers (see <see cref="ReadPathExtensions"/>).</summary>
public sealed class PublicOnlyCompression(IServiceProvider services, Microsoft.Extensions.Options.IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        !PublicCachePolicy.IsSignedIn(context) && !Security.SecurityHeaders.IsPersonal(context) && base.ShouldCompressResponse(context);
}
