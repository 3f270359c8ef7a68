using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Web.Organisation;

public static class OrganisationServiceCollectionExtensions
{
    /// <summary>Districts, municipalities, providers, cooperations and teams (Core), edited in the back office.</summary>
    public static IServiceCollection AddPortalOrganisation(this IServiceCollection services) => services.AddOrganisation();
}
