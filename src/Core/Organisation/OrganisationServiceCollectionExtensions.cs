using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Organisation;

public static class OrganisationServiceCollectionExtensions
{
    /// <summary>Districts, municipalities, providers, cooperations and teams.</summary>
    public static IServiceCollection AddOrganisation(this IServiceCollection services) =>
        services.AddScoped<OrganisationService>().AddScoped<OrganisationEditor>();
}
