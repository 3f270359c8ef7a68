using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Offers;

public static class OffersServiceCollectionExtensions
{
    /// <summary>The directory's offers: language courses, internships, volunteer circles and authorities.</summary>
    public static IServiceCollection AddOffers(this IServiceCollection services) => services.AddScoped<OfferService>();
}
