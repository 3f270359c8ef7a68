using IntegrationsNetz.Core.Offers;

namespace IntegrationsNetz.Web.Offers;

public static class OffersServiceCollectionExtensions
{
    /// <summary>The directory's offers (Core) and their CSV import.</summary>
    public static IServiceCollection AddPortalOffers(this IServiceCollection services)
    {
        services.AddOffers();
        services.AddScoped<OfferCsvImport>();
        return services;
    }
}
