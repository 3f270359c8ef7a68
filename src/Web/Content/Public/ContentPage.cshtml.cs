using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Core.Content;
using Microsoft.AspNetCore.Mvc;
using IntegrationsNetz.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace IntegrationsNetz.Web.Content.Public;

/// <summary>A page of a municipality, or of the portal itself under /{culture}/info/...</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class ContentPageModel(PageReader pages) : PublicPageModel
{
    public PublishedPage Shown { get; private set; } = null!;

    public string OwnerSlug { get; private set; } = PageReader.PortalSegment;

    /// <summary>The municipality's name; null for the portal's own pages.</summary>
    public string? OwnerName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string municipality, string? path, CancellationToken ct)
    {
        Guid? ownerId = null;
        if (municipality != PageReader.PortalSegment)
        {
            var found = await pages.MunicipalityAsync(municipality, ct);
            if (found is null)
            {
                return NotFound();
            }

            (ownerId, OwnerSlug, OwnerName) = (found.Id, found.Slug, found.Name);
        }

        var page = await pages.FindAsync(ownerId, path ?? string.Empty, Culture.Key, ct);
        if (page is null)
        {
            return NotFound();
        }

        Shown = page;
        Alternates = AllCultures(c => $"/{c.Key}/{OwnerSlug}/{page.Path}", c => page.AvailableCultures.Contains(c.Key));
        return Page();
    }
}
