using System.Text.Encodings.Web;
using System.Text.Unicode;
using IntegrationsNetz.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationsNetz.Web.Operations;

public static class OperationsExtensions
{
    public static IServiceCollection AddPortalOperations(this IServiceCollection services)
    {
        // Arabic, Persian and Cyrillic text as characters rather than entities: smaller pages on slow phones.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "IntegrationsNetz API";
            document.Info.Description = "Öffentliche Informationsseiten, Verzeichnis und Backoffice des IntegrationsNetz.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        // No stack trace reaches a visitor, in any environment; details go to the log.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        return app;
    }

    public static WebApplication MapPortalOperations(this WebApplication app)
    {
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}

public sealed class DatabaseHealthCheck(PortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
