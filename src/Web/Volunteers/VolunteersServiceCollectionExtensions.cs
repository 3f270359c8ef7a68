using IntegrationsNetz.Core.Volunteers;

namespace IntegrationsNetz.Web.Volunteers;

public static class VolunteersServiceCollectionExtensions
{
    /// <summary>Volunteers (Core): registration, opt-in, approval and profile, through pages and the API.</summary>
    public static IServiceCollection AddPortalVolunteers(this IServiceCollection services) => services.AddVolunteers();
}
