using IntegrationsNetz.Core.Mail;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Volunteers;

public static class VolunteersServiceCollectionExtensions
{
    /// <summary>
    /// Volunteers: registration with double opt-in, approval, profile; the change stamp every save keeps; and whose
    /// mails a coordinator sees in the Postausgang.
    /// </summary>
    public static IServiceCollection AddVolunteers(this IServiceCollection services)
    {
        services.AddScoped<VolunteerService>();
        services.AddScoped<IOutboxReach, MunicipalityOutboxReach>();
        services.AddSingleton<ISaveChangesInterceptor, VolunteerChangeStamp>();
        return services;
    }
}
