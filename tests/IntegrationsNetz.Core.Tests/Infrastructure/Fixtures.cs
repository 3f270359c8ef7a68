using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.Tests.Infrastructure;

/// <summary>Small invented organisation data; no real person appears anywhere.</summary>
public static class Fixtures
{
    public static async Task<Municipality> MunicipalityAsync(PortalDbContext db, string slug = "musterstadt")
    {
        var municipality = new Municipality
        {
            Id = Guid.CreateVersion7(),
            Name = "Musterstadt",
            Slug = slug,
            OfficialKey = "08226999",
            Postcodes = ["68999"],
            Latitude = 49.4,
            Longitude = 8.6,
        };
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        return municipality;
    }
}
