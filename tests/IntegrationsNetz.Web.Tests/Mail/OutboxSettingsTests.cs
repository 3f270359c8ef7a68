using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Mail;

/// <summary>A malformed SMTP setting: the portal still starts, the Postausgang says what is wrong, nothing is lost.</summary>
public sealed class OutboxSettingsTests(OutboxSettingsTests.WithBadPort factory) : IClassFixture<OutboxSettingsTests.WithBadPort>
{
    public sealed class WithBadPort() : PortalFactory(new()
    {
        ["IntegrationsNetz:Smtp:Host"] = "127.0.0.1",
        ["IntegrationsNetz:Smtp:Port"] = "fünfundzwanzig",
        ["IntegrationsNetz:ImportContentOnFirstBoot"] = "false",
    });

    [Fact]
    public async Task The_portal_runs_and_the_Postausgang_names_the_bad_setting_while_mail_waits()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/healthz")).StatusCode);
        await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = PortalFactory.AdminEmail });
        await TestAccounts.ProcessResetRequestsAsync(factory);
        await factory.Services.GetRequiredService<OutboxSender>().SendPendingAsync();

        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var outbox = await session.GetAsync("/backoffice/outbox");

        Assert.Contains("IntegrationsNetz:Smtp:Port", outbox.Document.QuerySelector("[data-testid=smtp-problem]")!.TextContent);
        using var scope = factory.Services.CreateScope();
        var waiting = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.SingleAsync();
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(0, waiting.Attempts);
    }
}
