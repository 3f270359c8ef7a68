using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Volunteers;

public static class VolunteersServiceCollectionExtensions
{
    /// <summary>Volunteers: registration with double opt-in, approval, profile; and the change stamp every save keeps.</summary>
    public static IServiceCollection AddVolunteers(this IServiceCollection services)
    {
        services.AddScoped<VolunteerService>();
        services.AddSingleton<ISaveChangesInterceptor, VolunteerChangeStamp>();
        return services;
    }
}
