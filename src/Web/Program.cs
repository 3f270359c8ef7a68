using IntegrationsNetz.Web.Operations;
using IntegrationsNetz.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (!builder.TryAddPortal(out var configurationError) || !builder.TryLockDataDirectory(args, out configurationError))
{
    Console.Error.WriteLine($"IntegrationsNetz cannot start: {configurationError}");
    return 1;
}

var app = builder.Build();
app.UsePortal();

if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

await app.RunAsync();
return 0;

public partial class Program;
