using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Search;
using Microsoft.AspNetCore.Mvc;
using IntegrationsNetz.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace IntegrationsNetz.Web.Content.Public;

[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class MunicipalityModel(PageReader pages, SearchService search) : PublicPageModel
{
    /// <summary>The distance around the municipality its page counts offers in ("in and near").</summary>
    public const int NearbyKm = 20;
    public Municipality Municipality { get; private set; } = null!;

    public IReadOnlyList<PageLink> Pages { get; private set; } = [];

    /// <summary>The offers in and near the municipality by kind (kinds without offers left out).</summary>
    public IReadOnlyList<(OfferKind Kind, int Count)> Nearby { get; private set; } = [];

    /// <summary>The search for offers of a kind (or of every kind) in and near the municipality, nearest first.</summary>
    public string SearchLink(OfferKind? kind) =>
        $"/{Culture.Key}/suche?near={Uri.EscapeDataString(Municipality.Slug)}&radiusKm={NearbyKm}" + (kind is { } k ? $"&kind={k}" : "");

    public async Task<IActionResult> OnGetAsync(string municipality, CancellationToken ct)
    {
        var found = await pages.MunicipalityAsync(municipality, ct);
        if (found is null)
        {
            return NotFound();
        }

        Municipality = found;
        Pages = await pages.TopLevelAsync(found.Id, Culture.Key, ct);
        var kinds = search.Search(new SearchRequest { Near = new GeoPoint(found.Latitude, found.Longitude), RadiusKm = NearbyKm, PageSize = 1 })
            .Facets.GetValueOrDefault(SearchFields.Kind) ?? new Dictionary<string, int>();
        Nearby = Enum.GetValues<OfferKind>().Select(k => (k, kinds.GetValueOrDefault(k.ToString()))).Where(k => k.Item2 > 0).ToList();
        Alternates = AllCultures(c => $"/{c.Key}/{found.Slug}", _ => true);
        return Page();
    }
}
