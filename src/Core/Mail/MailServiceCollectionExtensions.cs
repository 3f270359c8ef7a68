using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// The outbox and its sender. The SMTP settings are bound here once and checked when a batch is sent, not at start:
    /// a wrong value must not stop the portal (the Postausgang names it and mails wait).
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddSingleton<MailComposer>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<OutboxService>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
