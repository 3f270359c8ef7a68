using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Search;

/// <param name="Text">The list in the file's format, one entry a line.</param>
/// <param name="Words">How many words have synonyms in the list the search uses now.</param>
public sealed record SearchSynonymsDto(string Text, int Words);

public sealed record SaveSearchSynonyms(string? Text);

/// <summary>The back office's synonym page as API calls, on the same <see cref="SearchSynonymsEditor"/> and policy.</summary>
public static class SearchSynonymsApi
{
    public static IEndpointRouteBuilder MapSearchSynonymsApi(this IEndpointRouteBuilder app)
    {
        // The list applies to every municipality's search, so it is the administrators' (as the staff accounts).
        var group = app.MapGroup("/api/v1/search/synonyms").WithTags("Verzeichnis").RequireAuthorization(Policies.Administration);
        group.MapGet("/", Get).WithName("GetSearchSynonyms").WithSummary("Die Synonym- und Abkürzungsliste der Suche (uSync/Search/synonyms.txt)");
        group.MapPut("/", Put).WithName("SaveSearchSynonyms")
            .WithSummary("Die Synonymliste ersetzen; gilt sofort für die Suche. Eine Zeile, die nicht gelesen werden kann, wird mit ihrer Nummer genannt.");
        return app;
    }

    private static Ok<SearchSynonymsDto> Get(SearchSynonymsEditor editor) => TypedResults.Ok(new SearchSynonymsDto(editor.FileText, editor.Current.Count));

    private static Results<Ok<SearchSynonymsDto>, ValidationProblem, ProblemHttpResult> Put(
        SaveSearchSynonyms? body, SearchSynonymsEditor editor, IStringLocalizer<SharedResource> text) =>
        body is null
            ? Problems.Validation("body", text["Api_BodyRequired"])
            : editor.Save(body.Text).ToHttp(s => TypedResults.Ok(new SearchSynonymsDto(s.Text, s.Count)));
}
