using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace IntegrationsNetz.Web.Content.Public;

public sealed record DistrictHeading(string Name, string Slug);

[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class HomeModel(PageReader pages) : PublicPageModel
{
    public IReadOnlyDictionary<DistrictHeading, List<Municipality>> Districts { get; private set; } =
        new Dictionary<DistrictHeading, List<Municipality>>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var municipalities = await pages.MunicipalitiesAsync(ct);
        Districts = municipalities
            .GroupBy(m => m.District is { } d ? new DistrictHeading(d.Name, d.Slug) : new DistrictHeading(string.Empty, "ohne-kreis"))
            .OrderBy(g => g.Key.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de"), false))
            .ToDictionary(g => g.Key, g => g.ToList());
        Alternates = AllCultures(c => $"/{c.Key}", _ => true);
    }
}
