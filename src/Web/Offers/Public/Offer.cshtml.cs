using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Web.Offers;
using IntegrationsNetz.Web.Search;
using Microsoft.AspNetCore.Mvc;
using IntegrationsNetz.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace IntegrationsNetz.Web.Offers.Public;

/// <summary>One directory entry, with schema.org data, a calendar file for course dates and a print view.</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class OfferModel(OfferService offers, MarkdownRenderer markdown) : PublicPageModel
{
    public Offer Offer { get; private set; } = null!;

    public OfferText Text { get; private set; } = null!;

    public PortalCulture TextCulture { get; private set; } = PortalCulture.German;

    public string DescriptionHtml { get; private set; } = string.Empty;

    public string StructuredData { get; private set; } = string.Empty;

    public bool IsPrintView { get; private set; }

    /// <summary>The search this offer was opened from (query and filters), or the empty search page.</summary>
    public string SearchUrl => IntegrationsNetz.Web.Search.SearchParameters.BackToSearch(Culture.Key, Request.Query[IntegrationsNetz.Web.Search.SearchParameters.BackParameter]);

    public async Task<IActionResult> OnGetAsync(string slug, string? view, CancellationToken ct)
    {
        if (view is not (null or "druck") || await offers.FindPublishedAsync(slug, ct) is not { } offer)
        {
            return NotFound();
        }

        Offer = offer;
        IsPrintView = view == "druck";
        Text = offer.Text(Culture.Key) ?? offer.Text(PortalCulture.SourceKey)!;
        TextCulture = PortalCulture.Find(Text.Culture)!;
        DescriptionHtml = markdown.ToHtml(Text.Description);
        var url = $"{Request.Scheme}://{Request.Host}/{Culture.Key}/angebote/{offer.Slug}";
        StructuredData = OfferStructuredData.Write(offer, Text.Title, markdown.ToPlainText(Text.Description), url);
        Alternates = AllCultures(c => $"/{c.Key}/angebote/{offer.Slug}", c => offer.Text(c.Key) is not null);
        return Page();
    }
}
