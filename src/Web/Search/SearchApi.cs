using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationsNetz.Web.Search;

public sealed record SearchItemDto(Guid Id, string Kind, string Title, string TitleCulture, string? Municipality, IReadOnlyList<string> Municipalities, string Snippet, string Url, double? DistanceKm);

/// <param name="Partial">True when no offer matched every word: the items match some of them, those with the most first.</param>
public sealed record SearchResponseDto(int Total, int Page, int PageSize, IReadOnlyList<SearchItemDto> Items, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, string? DidYouMean, bool Partial);

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", SearchAsync).WithTags("Verzeichnis").AllowAnonymous().RequireRateLimiting(Security.RateLimits.Search).CacheOutput(Hosting.PublicCachePolicy.Name)
            .WithName("Search")
            .WithSummary("Angebote suchen: Volltext auf Deutsch, Filter und Facetten")
            .WithDescription("Parameter: q, kind, municipality, courseType, level, format, childcare, womenOnly, cost, freeSeats, startsBefore (yyyy-MM-dd), openNow, near (Gemeinde oder PLZ), radiusKm, sort (relevance|start|distance), page, pageSize (1..100), culture. Filter dürfen sich wiederholen. Passt kein Angebot zu allen Wörtern, kommen die Angebote, die zu den meisten passen, mit partial = true.");
        app.MapSearchSynonymsApi();
        return app;
    }

    private static async Task<Results<Ok<SearchResponseDto>, ValidationProblem>> SearchAsync(
        HttpContext context, SearchParameters parameters, SearchService search, CancellationToken ct)
    {
        var culture = context.Request.Query["culture"].ToString() is { Length: > 0 } c ? c : PortalCulture.SourceKey;
        if (!PortalCulture.IsKnown(culture))
        {
            return Problems.Validation("culture", $"Unbekannte Sprache „{culture}“.");
        }

        var (request, errors) = await parameters.ParseAsync(context.Request.Query, culture, ct);
        if (request is null)
        {
            return Problems.Validation(errors);
        }

        return TypedResults.Ok(ToDto(search.Search(request), culture));
    }

    public static SearchResponseDto ToDto(SearchResult result, string culture) => new(
        result.Total,
        result.Page,
        result.PageSize,
        result.Items.Select(h => new SearchItemDto(h.Id, h.Kind.ToString(), h.Title, h.TitleCulture, h.Municipalities.FirstOrDefault(), h.Municipalities, h.Snippet, SearchParameters.OfferUrl(culture, h.Slug), h.DistanceKm)).ToList(),
        result.Facets,
        result.DidYouMean,
        result.Partial);
}
