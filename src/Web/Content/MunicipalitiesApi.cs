using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationsNetz.Web.Content;

public sealed record MunicipalityDto(Guid Id, string Slug, string Name, string OfficialKey, string? District, IReadOnlyList<string> Postcodes, double Latitude, double Longitude, string Url);

public sealed record PublishedPageDto(string Path, string Title, string Culture, bool IsFallback, string Html, DateTime PublishedAt, IReadOnlyList<string> AvailableCultures, string Url);

public static class MunicipalitiesApi
{
    public static IEndpointRouteBuilder MapMunicipalitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/municipalities").WithTags("Gemeinden").AllowAnonymous();
        group.MapGet("/", ListAsync).WithName("ListMunicipalities").WithSummary("Alle Gemeinden mit ihren Adressen (Slugs)");
        group.MapGet("/{slug}/pages", PagesAsync).WithName("ListMunicipalityPages").WithSummary("Veröffentlichte Seiten einer Gemeinde in einer Sprache");
        return app;
    }

    private static async Task<Ok<List<MunicipalityDto>>> ListAsync(PageReader pages, CancellationToken ct) =>
        TypedResults.Ok((await pages.MunicipalitiesAsync(ct))
            .Select(m => new MunicipalityDto(m.Id, m.Slug, m.Name, m.OfficialKey, m.District?.Name, m.Postcodes, m.Latitude, m.Longitude, $"/de/{m.Slug}"))
            .ToList());

    private static async Task<Results<Ok<List<PublishedPageDto>>, ProblemHttpResult, ValidationProblem>> PagesAsync(
        string slug, string? culture, PageReader pages, CancellationToken ct)
    {
        culture ??= PortalCulture.SourceKey;
        if (!PortalCulture.IsKnown(culture))
        {
            return Problems.Validation("culture", $"Unbekannte Sprache „{culture}“. Möglich: {string.Join(", ", PortalCulture.All.Select(c => c.Key))}.");
        }

        var municipality = await pages.MunicipalityAsync(slug, ct);
        if (municipality is null)
        {
            return Problems.NotFound($"Die Gemeinde „{slug}“ gibt es nicht.");
        }

        return TypedResults.Ok((await pages.ListAsync(municipality.Id, culture, ct))
            .Select(p => new PublishedPageDto(p.Path, p.Title, p.ShownCulture, p.IsFallback, p.Html, p.PublishedAt, p.AvailableCultures, $"/{culture}/{slug}/{p.Path}"))
            .ToList());
    }
}
