using IntegrationsNetz.Core.Common;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Hosting;

public static class StartupGateMiddleware
{
    // A warm start's work takes about a second; a first boot's import can take much longer, and a request should not
    // hang that long: after this it is answered 503 with Retry-After, like a database outage.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Requests that arrive while the start-up work still runs wait for it, at most <see cref="LongestWait"/>, so the
    /// first answer is never made against a database that is still being migrated. A request that waited longer is
    /// answered by the outage handler (503 in the visitor's language, problem+json on the API). If the start-up work
    /// failed, the host is stopping: the waiting requests get a plain 503, not an error page that needs the database.
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
                    await gate.Done.WaitAsync(LongestWait, context.RequestAborted);
                }
                catch (TimeoutException)
                {
                    throw new TimeoutException("the start-up work (migrations, first-boot import) is still running");
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
