using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Web.Offers;
using IntegrationsNetz.Web.Search;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using IntegrationsNetz.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;


namespace IntegrationsNetz.Web.Search.Public;

/// <summary>The public directory search. Facets are plain links, so filtering works without JavaScript.</summary>
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public sealed class SearchModel(SearchParameters parameters, SearchService search) : PublicPageModel
{
    public SearchResult? Result { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? Query => Request.Query["q"];

    public int Pages => Result is null ? 0 : (int)Math.Ceiling(Result.Total / (double)Result.PageSize);

    /// <summary>Municipality names by slug, shown instead of the slugs.</summary>
    public IReadOnlyDictionary<string, string> MunicipalityNames { get; private set; } = new Dictionary<string, string>();

    public string? Near => Request.Query["near"];

    public string? RadiusKm => Request.Query["radiusKm"];

    /// <summary>The municipality the place stands for (a postcode or slug named as people know it), else as typed.</summary>
    public string? NearName { get; private set; }

    /// <summary>The distances a visitor can choose around a place.</summary>
    public static IReadOnlyList<int> Radii { get; } = [5, 10, 20, 50];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Alternates = AllCultures(c => $"/{c.Key}/suche{Request.QueryString}", _ => true);
        MunicipalityNames = await parameters.MunicipalityNamesAsync(ct);
        NearName = Near is { Length: > 0 } near ? await parameters.PlaceNameAsync(near, ct) ?? near : null;
        var (request, errors) = await parameters.ParseAsync(Request.Query, Culture.Key, ct);
        if (request is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result = search.Search(request);
        return Page();
    }

    public bool IsActive(string name, string value) => Request.Query[name].Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>The current search with one filter value added or removed, back on page 1.</summary>
    public string Toggle(string name, string value)
    {
        var query = Request.Query.ToDictionary(p => p.Key, p => p.Value.Where(v => v is not null).Select(v => v!).ToList());
        query.Remove("page");
        var values = query.GetValueOrDefault(name) ?? [];
        if (values.RemoveAll(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) == 0)
        {
            values.Add(value);
        }

        query[name] = values;
        return Link(query);
    }

    public string WithPage(int page)
    {
        var query = Request.Query.ToDictionary(p => p.Key, p => p.Value.Where(v => v is not null).Select(v => v!).ToList());
        query["page"] = [page.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return Link(query);
    }

    public string WithQuery(string q) => Link(new Dictionary<string, List<string>> { ["q"] = [q] });

    public IEnumerable<(string Name, string Value)> ActiveFilters =>
        Request.Query.Where(p => p.Key is not ("q" or "page" or "pageSize" or "sort") && SearchParameters.Names.Contains(p.Key))
            .SelectMany(p => p.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => (p.Key, v!)));

    /// <summary>The filters a chip can remove one by one; the place and its distance are one chip.</summary>
    public IEnumerable<(string Name, string Value)> Chips => ActiveFilters.Where(f => f.Name != "radiusKm");

    /// <summary>The current search without one filter value (the place also without its distance and sort).</summary>
    public string Without(string name, string value)
    {
        var query = Request.Query.ToDictionary(p => p.Key, p => p.Value.Where(v => v is not null).Select(v => v!).ToList());
        query.Remove("page");
        if (name == "near")
        {
            query.Remove("near");
            query.Remove("radiusKm");
            query.Remove("sort");
        }
        else if (query.TryGetValue(name, out var values))
        {
            values.RemoveAll(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
        }

        return Link(query);
    }

    /// <summary>The link to an offer, carrying this search for "Zurück zur Suche".</summary>
    public string OfferLink(string slug) => SearchParameters.OfferUrl(Culture.Key, slug, Request.QueryString);

    public string MunicipalityName(string slug) => MunicipalityNames.GetValueOrDefault(slug) ?? slug;

    private string Link(Dictionary<string, List<string>> query)
    {
        var builder = new QueryBuilder();
        foreach (var (name, values) in query.Where(p => p.Value.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Add(name, values);
        }

        return $"/{Culture.Key}/suche{builder.ToQueryString()}";
    }

}
