using IntegrationsNetz.Core.Content;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationsNetz.Web.Localization;

/// <summary>A link to the same content in another culture, for the language switch and hreflang.</summary>
public sealed record AlternateLink(PortalCulture Culture, string Url, bool HasOwnText);

/// <summary>Base of the public pages: the culture comes from the URL (or Accept-Language on "/") and sets the UI language.</summary>
public abstract class PublicPageModel : PageModel
{
    public PortalCulture Culture { get; private set; } = PortalCulture.German;

    public IReadOnlyList<AlternateLink> Alternates { get; protected set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // PublicCultureMiddleware chose the culture and set the UI language for the whole request.
        Culture = HttpContext.Features.Get<PortalCulture>() ?? PortalCulture.German;
        Response.Headers.ContentLanguage = Culture.LanguageTag;
        await next();
    }

    /// <summary>The same path in every culture; <paramref name="hasOwnText"/> says where a translation exists.</summary>
    protected static IReadOnlyList<AlternateLink> AllCultures(Func<PortalCulture, string> url, Func<PortalCulture, bool> hasOwnText) =>
        PortalCulture.All.Select(c => new AlternateLink(c, url(c), hasOwnText(c))).ToList();
}
