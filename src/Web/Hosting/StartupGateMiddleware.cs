using IntegrationsNetz.Core.Common;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Hosting;

public static class StartupGateMiddleware
{
    /// <summary>
    /// Requests that arrive while the start-up work still runs wait for it (a warm start is about a second), so the
    /// first answer is never made against a database that is still being migrated. If the start-up work failed, the
    /// host is stopping: the waiting requests get a 503 in German, not an error page that needs the database.
    /// </summary>
    public static WebApplication UseStartupGate(this WebApplication app)
    {
        var gate = app.Services.GetRequiredService<StartupGate>();
        app.Use(async (context, next) =>
        {
            if (!gate.Done.IsCompletedSuccessfully)
            {
                try
                {
                    await gate.Done.WaitAsync(context.RequestAborted);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    var texts = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync($"{texts["Unavailable_Title"]} {texts["Unavailable_Text"]}", context.RequestAborted);
                    return;
                }
            }

            await next(context);
        });
        return app;
    }
}
