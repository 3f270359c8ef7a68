using IntegrationsNetz.Plugins.CaseMatching.Cases;
using System.Security.Claims;
using IntegrationsNetz.Web.Common.Http;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Matching;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Plugins.CaseMatching.Needs;

/// <summary>Suggestions, referrals and substitutions.</summary>
public static class NeedsApi
{
    public static IEndpointRouteBuilder MapNeedsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Fälle").RequireAuthorization(CaseMatchingPlugin.CaseWorkPolicy);
        group.MapGet("/needs/{needId:guid}/suggestions", SuggestAsync).WithName("SuggestForNeed")
            .WithSummary("Passende Angebote und Ehrenamtliche mit Punktzahl und Begründung");
        group.MapPost("/needs/{needId:guid}/referrals", ReferAsync).WithName("CreateReferral").WithSummary("Bedarf an ein Angebot vermitteln");
        group.MapPut("/referrals/{id:guid}", UpdateReferralAsync).WithName("UpdateReferral").WithSummary("Status einer Vermittlung ändern; der Verlauf bleibt");
        group.MapPost("/referrals/{id:guid}/correction", CorrectReferralAsync).WithName("CorrectReferral")
            .WithSummary("Falschen abschließenden Status einer Vermittlung mit Grund korrigieren (nur Fallführung)");
        group.MapPost("/substitutions", SubstituteAsync).WithName("CreateSubstitution").WithSummary("Vertretung einrichten; beide erhalten eine E-Mail");
        group.MapGet("/substitutions", ListSubstitutionsAsync).WithName("ListSubstitutions").WithSummary("Eigene und eingerichtete Vertretungen");
        return app;
    }

    private static async Task<Results<Ok<Suggestions>, ProblemHttpResult>> SuggestAsync(Guid needId, ClaimsPrincipal user, CaseAccess access, MatchingService matching, CancellationToken ct) =>
        await matching.SuggestAsync(await access.ViewerAsync(user, ct), needId, ct) is { } suggestions
            ? TypedResults.Ok(suggestions)
            : Problems.NotFound(CasesApi.NotFound);

    private static async Task<Results<Created<ReferralDto>, ValidationProblem, ProblemHttpResult>> ReferAsync(Guid needId, ReferralWriteDto dto, ClaimsPrincipal user, CaseAccess access, ReferralService referrals, CancellationToken ct)
    {
        var result = await referrals.CreateAsync(await access.ViewerAsync(user, ct), needId, new ReferralInput(dto.OfferId, dto.Note), ct);
        return result.ToHttp(r => TypedResults.Created($"/api/v1/referrals/{r.Id}", CaseMapping.ToDto(r)), CasesApi.NotFound);
    }

    private static async Task<Results<Ok<ReferralDto>, ValidationProblem, ProblemHttpResult>> UpdateReferralAsync(Guid id, ReferralStatusDto dto, ClaimsPrincipal user, CaseAccess access, ReferralService referrals, CancellationToken ct)
    {
        var result = await referrals.UpdateAsync(await access.ViewerAsync(user, ct), id, new ReferralUpdate(dto.Status, dto.On, dto.Note), ct);
        return result.ToHttp(r => TypedResults.Ok(CaseMapping.ToDto(r)), CasesApi.NotFound);
    }

    private static async Task<Results<Ok<ReferralDto>, ValidationProblem, ProblemHttpResult>> CorrectReferralAsync(Guid id, ReferralCorrectionDto dto, ClaimsPrincipal user, CaseAccess access, ReferralService referrals, CancellationToken ct)
    {
        var result = await referrals.CorrectAsync(await access.ViewerAsync(user, ct), id, new ReferralCorrection(dto.Status, dto.Reason), ct);
        return result.ToHttp(r => TypedResults.Ok(CaseMapping.ToDto(r)), CasesApi.NotFound);
    }

    private static async Task<Results<Created<SubstitutionDto>, ValidationProblem, ProblemHttpResult>> SubstituteAsync(
        SubstitutionWriteDto dto, ClaimsPrincipal user, CaseAccess access, SubstitutionService substitutions, HttpRequest request,
        IOptions<PortalOptions> portal, CancellationToken ct)
    {
        var input = new SubstitutionInput(dto.From, dto.SubstituteUserId ?? dto.To, dto.StartsOn, dto.EndsOn);
        var baseUrl = portal.Value.PublicBaseUrl ?? $"{request.Scheme}://{request.Host}";
        var result = await substitutions.GrantAsync(await access.ViewerAsync(user, ct), input, baseUrl, ct);
        return result.ToHttp(x => TypedResults.Created($"/api/v1/substitutions/{x.Id}", CaseMapping.ToDto(x)), CasesApi.NotFound);
    }

    private static async Task<Ok<List<SubstitutionDto>>> ListSubstitutionsAsync(ClaimsPrincipal user, CaseAccess access, SubstitutionService substitutions, CancellationToken ct) =>
        TypedResults.Ok((await substitutions.ListAsync(await access.ViewerAsync(user, ct), ct)).Select(CaseMapping.ToDto).ToList());
}
