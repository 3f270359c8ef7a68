using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Search;

public sealed record MunicipalityPlace(string Slug, string Name, List<string> Postcodes, double Latitude, double Longitude);

/// <summary>
/// The municipalities as places (slug, name, postcodes, position), read once per public content generation rather than
/// on every search: a municipality's change moves the generation on (its save writes an indexing task), on every node.
/// The database is opened only on a miss, in a scope of its own, so a search does not pay for a context it rarely needs.
/// </summary>
public sealed class MunicipalityPlaces(PublicContentVersion content, IServiceScopeFactory scopes)
{
    private (long Generation, IReadOnlyList<MunicipalityPlace> Places)? _current;

    public async Task<IReadOnlyList<MunicipalityPlace>> AllAsync(CancellationToken ct)
    {
        // Read the generation first: a change during the query then makes the next call read again.
        var generation = content.Generation;
        if (_current is { } current && current.Generation == generation)
        {
            return current.Places;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var places = await db.Municipalities.AsNoTracking()
            .Select(m => new MunicipalityPlace(m.Slug, m.Name, m.Postcodes, m.Latitude, m.Longitude)).ToListAsync(ct);
        _current = (generation, places);
        return places;
    }
}
