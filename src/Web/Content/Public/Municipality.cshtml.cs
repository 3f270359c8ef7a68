using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Web.Content.Public;

public sealed class MunicipalityModel(PageReader pages) : PublicPageModel
{
    public Municipality Municipality { get; private set; } = null!;

    public IReadOnlyList<PageLink> Pages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string municipality, CancellationToken ct)
    {
        var found = await pages.MunicipalityAsync(municipality, ct);
        if (found is null)
        {
            return NotFound();
        }

        Municipality = found;
        Pages = await pages.TopLevelAsync(found.Id, Culture.Key, ct);
        Alternates = AllCultures(c => $"/{c.Key}/{found.Slug}", _ => true);
        return Page();
    }
}
