using System.Security.Claims;
using IntegrationsNetz.Web.Common.Http;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>The case routes of API.md. A case out of the caller's reach answers 404, never 403.</summary>
public static class CasesApi
{
    public static IEndpointRouteBuilder MapCaseMatchingApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/v1/cases").WithTags("Fälle").RequireAuthorization(CaseMatchingPlugin.CaseWorkPolicy);
        cases.MapPost("/", CreateAsync).WithName("CreateCase").WithSummary("Fall anlegen (pseudonymer Code wird vergeben)");
        cases.MapGet("/", ListAsync).WithName("ListCases").WithSummary("Fälle im eigenen Zuständigkeitsbereich und in Vertretung");
        cases.MapGet("/{id:guid}", GetAsync).WithName("GetCase").WithSummary("Ein Fall mit Einwilligungen, Zielen, Bedarfen und Vermittlungen; der Zugriff wird protokolliert");
        cases.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateCase").WithSummary("Fall ändern, pausieren oder abschließen");
        cases.MapPost("/{id:guid}/consents", ConsentAsync).WithName("RecordConsent").WithSummary("Einwilligung erteilen (action=give) oder widerrufen (action=withdraw)");
        cases.MapPost("/{id:guid}/goals", AddGoalAsync).WithName("AddGoal").WithSummary("Ziel des Integrationsplans anlegen");
        cases.MapPut("/{id:guid}/goals/{goalId:guid}", UpdateGoalAsync).WithName("UpdateGoal").WithSummary("Ziel ändern; die vorige Fassung bleibt im Verlauf");
        cases.MapPost("/{id:guid}/goals/{goalId:guid}/needs", AddNeedAsync).WithName("AddNeed").WithSummary("Anonymisierten Bedarf aus einem Ziel ableiten");
        cases.MapGet("/review", ReviewAsync).WithName("ReviewDue").WithSummary("Wiedervorlage: fällige und überfällige Ziele");
        app.MapGet("/api/v1/cases/statistics", StatisticsAsync).WithTags("Fälle").RequireAuthorization(CaseMatchingPlugin.StatisticsPolicy)
            .WithName("CaseStatistics").WithSummary("Fallzahlen je Gemeinde im eigenen Bereich, ohne Falldetails");
        app.MapGet("/api/v1/cases/retention", RetentionPreviewAsync).WithTags("Fälle").RequireAuthorization(CaseMatchingPlugin.RetentionPolicy)
            .WithName("RetentionPreview").WithSummary("Was der nächste Löschlauf löscht");
        app.MapGet("/api/v1/cases/{id:guid}/access-log", AccessLogAsync).WithTags("Fälle").RequireAuthorization(CaseMatchingPlugin.AccessLogPolicy)
            .WithName("CaseAccessLog").WithSummary("Zugriffsprotokoll eines Falls (für die fallführende Person und die Administration)");
        app.MapNeedsApi();
        return app;
    }

    internal static async Task<IReadOnlyDictionary<Guid, string>> SlugsAsync(PortalDbContext db, CancellationToken ct) =>
        await db.Set<Municipality>().AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Slug, ct);

    /// <summary>The plugin's one "not found" text; the mapping to HTTP is the toolkit's (<see cref="ResultHttp"/>).</summary>
    internal static string NotFound => Texts.Get("NotFound");

    private static async Task<Results<Created<CaseDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(CaseWriteDto dto, ClaimsPrincipal user, CaseAccess access, CaseService cases, PortalDbContext db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var municipality = await ResolveAsync(db, dto.Municipality, ct);
        if (municipality is null)
        {
            return Problems.Validation("Municipality", string.IsNullOrWhiteSpace(dto.Municipality) ? Texts.Get("MunicipalityRequired") : Texts.Format("MunicipalityUnknown", dto.Municipality));
        }

        var result = await cases.CreateAsync(viewer, ToInput(dto, municipality), ct);
        var slugs = await SlugsAsync(db, ct);
        return result.ToHttp(c => TypedResults.Created($"/api/v1/cases/{c.Id}", CaseMapping.ToDto(c, slugs, [], CaseDay.Today(time))), NotFound);
    }

    private static async Task<Ok<List<CaseSummaryDto>>> ListAsync(ClaimsPrincipal user, CaseAccess access, CaseService cases, PortalDbContext db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var slugs = await SlugsAsync(db, ct);
        var today = CaseDay.Today(time);
        return TypedResults.Ok((await cases.ListAsync(viewer, ct)).Select(c => CaseMapping.ToSummary(c, slugs, today)).ToList());
    }

    private static async Task<Results<Ok<CaseDto>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, CaseAccess access, CaseService cases, NeedService needs, PortalDbContext db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var c = await cases.ReadAsync(viewer, id, Texts.Get("Read_Case"), ct);
        return c is null
            ? Problems.NotFound(NotFound)
            : TypedResults.Ok(CaseMapping.ToDto(c, await SlugsAsync(db, ct), await needs.ForCaseAsync(id, ct), CaseDay.Today(time)));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> UpdateAsync(Guid id, CaseWriteDto dto, ClaimsPrincipal user, CaseAccess access, CaseService cases, PortalDbContext db, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        Municipality? municipality = null;
        if (!string.IsNullOrWhiteSpace(dto.Municipality) && (municipality = await ResolveAsync(db, dto.Municipality, ct)) is null)
        {
            return Problems.Validation("Municipality", Texts.Format("MunicipalityUnknown", dto.Municipality));
        }

        var result = await cases.UpdateAsync(viewer, id, ToInput(dto, municipality), ct);
        return new OperationResult(result.Status, result.Errors).ToNoContent(NotFound);
    }

    private static async Task<Results<Ok<ConsentDto>, ValidationProblem, ProblemHttpResult>> ConsentAsync(Guid id, ConsentWriteDto dto, ClaimsPrincipal user, CaseAccess access, CaseService cases, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var action = dto.Action?.Trim().ToLowerInvariant();
        if (action is not (null or "give" or "withdraw"))
        {
            return Problems.Validation("Action", Texts.Get("ConsentActionUnknown"));
        }

        var result = await cases.RecordConsentAsync(viewer, id, new ConsentInput(dto.Purpose, action == "withdraw", dto.TextVersion, dto.On), ct);
        return result.ToHttp(c => TypedResults.Ok(CaseMapping.ToDto(c)), NotFound);
    }

    private static async Task<Results<Created<GoalDto>, ValidationProblem, ProblemHttpResult>> AddGoalAsync(Guid id, GoalInput dto, ClaimsPrincipal user, CaseAccess access, PlanService plans, CancellationToken ct)
    {
        var result = await plans.AddGoalAsync(await access.ViewerAsync(user, ct), id, dto, ct);
        return result.ToHttp(g => TypedResults.Created($"/api/v1/cases/{id}/goals/{g.Id}", CaseMapping.ToDto(g, [], new Dictionary<Guid, string>())), NotFound);
    }

    private static async Task<Results<Ok<GoalDto>, ValidationProblem, ProblemHttpResult>> UpdateGoalAsync(Guid id, Guid goalId, GoalInput dto, ClaimsPrincipal user, CaseAccess access, PlanService plans, CancellationToken ct)
    {
        var result = await plans.UpdateGoalAsync(await access.ViewerAsync(user, ct), id, goalId, dto, ct);
        return result.ToHttp(g => TypedResults.Ok(CaseMapping.ToDto(g, [], new Dictionary<Guid, string>())), NotFound);
    }

    private static async Task<Results<Created<NeedDto>, ValidationProblem, ProblemHttpResult>> AddNeedAsync(Guid id, Guid goalId, NeedInput dto, ClaimsPrincipal user, CaseAccess access, NeedService needs, PortalDbContext db, CancellationToken ct)
    {
        var result = await needs.CreateAsync(await access.ViewerAsync(user, ct), id, goalId, dto, ct);
        var slugs = await SlugsAsync(db, ct);
        return result.ToHttp(n => TypedResults.Created($"/api/v1/needs/{n.Id}", CaseMapping.ToDto(n, slugs)), NotFound);
    }

    private static async Task<Ok<List<DueGoalDto>>> ReviewAsync(ClaimsPrincipal user, CaseAccess access, Review.ReviewService review, CancellationToken ct) =>
        TypedResults.Ok((await review.DueForAsync(await access.ViewerAsync(user, ct), ct))
            .Select(d => new DueGoalDto(d.CaseId, d.CaseCode, d.GoalId, d.Area.ToString(), d.ReviewDate, d.Overdue)).ToList());

    private static async Task<Results<Ok<List<AccessEntryDto>>, ProblemHttpResult>> AccessLogAsync(Guid id, ClaimsPrincipal user, CaseAccess access, CancellationToken ct)
    {
        var entries = await access.LogAsync(await access.ViewerAsync(user, ct), id, ct);
        return entries is null
            ? Problems.NotFound(NotFound)
            : TypedResults.Ok(entries.Select(e => new AccessEntryDto(e.At, e.UserId, e.UserEmail, e.What)).ToList());
    }

    private static async Task<IResult> StatisticsAsync(ClaimsPrincipal user, CaseAccess access, StatisticsService statistics, CancellationToken ct) =>
        TypedResults.Ok((await statistics.ForAsync(await access.ViewerAsync(user, ct), ct))
            .Select(s => new { s.Municipality, s.Open, s.OnHold, s.Closed, s.DeletedAfterRetention, GoalsByArea = s.GoalsByArea.ToDictionary(g => g.Key.ToString(), g => g.Value) })
            .ToList());

    private static async Task<IResult> RetentionPreviewAsync(Retention.RetentionService retention, CancellationToken ct) =>
        TypedResults.Ok(await retention.PreviewAsync(ct));

    private static CaseInput ToInput(CaseWriteDto dto, Municipality? municipality) =>
        new(municipality?.Id, dto.PartnerId, dto.Household, dto.HouseholdSize, dto.Status, dto.OpenedOn, dto.ExtensionReason, dto.Notes);

    private static async Task<Municipality?> ResolveAsync(PortalDbContext db, string? slug, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(slug) ? null : await db.Set<Municipality>().AsNoTracking().FirstOrDefaultAsync(m => m.Slug == slug.Trim(), ct);
}
