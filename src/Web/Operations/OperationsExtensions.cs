using System.Text.Encodings.Web;
using System.Text.Unicode;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;

namespace IntegrationsNetz.Web.Operations;

public static class OperationsExtensions
{
    public static IServiceCollection AddPortalOperations(this IServiceCollection services, PortalOptions options, string? connectionString)
    {
        // Arabic, Persian and Cyrillic text as characters rather than entities: smaller pages on slow phones.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // /healthz: 200 while the database answers, 503 otherwise. On PostgreSQL also Npgsql's check, which runs a
        // query rather than only opening a connection, and gives up after 5 s instead of the command timeout.
        var health = services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        if (options.Database.Provider == DatabaseProviders.Postgres && !string.IsNullOrWhiteSpace(connectionString))
        {
            health.AddNpgSql(connectionString, name: "postgresql", timeout: TimeSpan.FromSeconds(5));
        }

        services.AddSingleton<NodeStatus>();
        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseOutageHandler>();
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
