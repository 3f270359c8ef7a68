using IntegrationsNetz.Core.Mail;

namespace IntegrationsNetz.Web.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The outbox and its background sender (Core); the back office's Postausgang needs nothing more.</summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services) => services.AddMail();
}
