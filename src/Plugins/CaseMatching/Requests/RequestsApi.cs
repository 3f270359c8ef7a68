using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>Volunteer requests: managers write, publish and decide; approved volunteers read the board, sign up, withdraw and record hours.</summary>
public static class RequestsApi
{
    public static IEndpointRouteBuilder MapRequestsApi(this IEndpointRouteBuilder app)
    {
        var manage = app.MapGroup("/api/v1").WithTags("Anfragen").RequireAuthorization(CaseMatchingPlugin.CaseWorkPolicy);
        manage.MapPost("/needs/{needId:guid}/requests", CreateAsync).WithName("CreateRequest").WithSummary("Anonymisierte Anfrage an Ehrenamtliche aus einem Bedarf entwerfen");
        manage.MapGet("/needs/{needId:guid}/requests", ForNeedAsync).WithName("ListRequestsOfNeed").WithSummary("Anfragen eines Bedarfs mit Zusagen");
        manage.MapGet("/requests/{id:guid}/details", DetailsAsync).WithName("GetRequestForManager").WithSummary("Eine Anfrage mit Zusagen, Namen und Kontakt der Ehrenamtlichen");
        manage.MapPut("/requests/{id:guid}", UpdateAsync).WithName("UpdateRequest").WithSummary("Anfrage ändern; Zugesagte erhalten eine E-Mail");
        manage.MapPost("/requests/{id:guid}/publish", PublishAsync).WithName("PublishRequest").WithSummary("Datenschutzprüfung, dann veröffentlichen und passende Ehrenamtliche benachrichtigen");
        manage.MapPost("/requests/{id:guid}/cancel", CancelAsync).WithName("CancelRequest").WithSummary("Anfrage absagen; Zugesagte erhalten eine E-Mail");
        manage.MapPost("/requests/{id:guid}/close", CloseAsync).WithName("CloseRequest").WithSummary("Anfrage abschließen");
        manage.MapPut("/requests/{id:guid}/meeting", MeetingAsync).WithName("SetRequestMeetingDetails").WithSummary("Treffpunkt und Details nur für bestätigte Ehrenamtliche");
        manage.MapPost("/signups/{id:guid}/confirm", ConfirmAsync).WithName("ConfirmSignup").WithSummary("Zusage bestätigen; nie mehr als Plätze");
        manage.MapPost("/signups/{id:guid}/decline", DeclineAsync).WithName("DeclineSignup").WithSummary("Zusage ablehnen");

        var volunteer = app.MapGroup("/api/v1").WithTags("Anfragen").RequireAuthorization(CaseMatchingPlugin.VolunteerPolicy);
        volunteer.MapGet("/requests", BoardAsync).WithName("RequestBoard").WithSummary("Offene Anfragen in den eigenen Gemeinden");
        volunteer.MapGet("/requests/{id:guid}", BoardRequestAsync).WithName("GetRequest").WithSummary("Eine offene oder eigene Anfrage");
        volunteer.MapPost("/requests/{id:guid}/signups", SignUpAsync).WithName("SignUpForRequest").WithSummary("Für eine Anfrage zusagen");
        volunteer.MapGet("/signups", MineAsync).WithName("ListOwnSignups").WithSummary("Eigene Zusagen, mit Treffpunkt nach Bestätigung");
        volunteer.MapPost("/signups/{id:guid}/withdraw", WithdrawAsync).WithName("WithdrawSignup").WithSummary("Eigene Zusage zurückziehen");

        app.MapPost("/api/v1/signups/{id:guid}/complete", CompleteAsync).WithTags("Anfragen")
            .RequireAuthorization(CaseMatchingPlugin.SignupCompletionPolicy)
            .WithName("CompleteSignup").WithSummary("Einsatz mit Stunden als erledigt eintragen (Ehrenamtliche selbst oder die Fallführung)");
        return app;
    }

    internal static string NotFound => Resources.Texts.Get("NotFound");

    private static async Task<Results<Created<RequestDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid needId, RequestWriteDto dto, ClaimsPrincipal user, CaseAccess access, RequestService requests, RequestMapping mapping, CancellationToken ct)
    {
        var result = await requests.CreateAsync(await access.ViewerAsync(user, ct), needId, dto.ToInput(), ct);
        return result.ToHttp(r => TypedResults.Created($"/api/v1/requests/{r.Id}/details", mapping.ForManager(r, null)), NotFound);
    }

    private static async Task<Results<Ok<List<RequestDto>>, ProblemHttpResult>> ForNeedAsync(
        Guid needId, ClaimsPrincipal user, CaseAccess access, Needs.NeedService needs, RequestService requests, SignupService signups, RequestMapping mapping, CancellationToken ct)
    {
        if (await needs.FindAsync(await access.ViewerAsync(user, ct), needId, ct) is null)
        {
            return Problems.NotFound(NotFound);
        }

        var list = new List<RequestDto>();
        foreach (var request in await requests.ForNeedAsync(needId, ct))
        {
            list.Add(mapping.ForManager(request, await signups.ForRequestAsync(request, ct)));
        }

        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<RequestDto>, ProblemHttpResult>> DetailsAsync(
        Guid id, ClaimsPrincipal user, CaseAccess access, RequestService requests, SignupService signups, RequestMapping mapping, CancellationToken ct) =>
        await requests.FindAsync(await access.ViewerAsync(user, ct), id, ct) is { } found
            ? TypedResults.Ok(mapping.ForManager(found.Request, await signups.ForRequestAsync(found.Request, ct)))
            : Problems.NotFound(NotFound);

    private static async Task<Results<Ok<RequestDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, RequestWriteDto dto, ClaimsPrincipal user, CaseAccess access, RequestService requests, RequestMapping mapping, CancellationToken ct) =>
        (await requests.UpdateAsync(await access.ViewerAsync(user, ct), id, dto.ToInput(), ct)).ToHttp(r => TypedResults.Ok(mapping.ForManager(r, null)), NotFound);

    private static async Task<Results<Ok<RequestDto>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        Guid id, ClaimsPrincipal user, CaseAccess access, RequestService requests, RequestMapping mapping, CancellationToken ct) =>
        (await requests.PublishAsync(await access.ViewerAsync(user, ct), id, ct)).ToHttp(r => TypedResults.Ok(mapping.ForManager(r, null)), NotFound);

    private static async Task<Results<Ok<RequestDto>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        Guid id, ClaimsPrincipal user, CaseAccess access, RequestService requests, RequestMapping mapping, CancellationToken ct) =>
        (await requests.CancelAsync(await access.ViewerAsync(user, ct), id, ct)).ToHttp(r => TypedResults.Ok(mapping.ForManager(r, null)), NotFound);

    private static async Task<Results<Ok<RequestDto>, ValidationProblem, ProblemHttpResult>> CloseAsync(
        Guid id, ClaimsPrincipal user, CaseAccess access, RequestService requests, RequestMapping mapping, CancellationToken ct) =>
        (await requests.CloseAsync(await access.ViewerAsync(user, ct), id, ct)).ToHttp(r => TypedResults.Ok(mapping.ForManager(r, null)), NotFound);

    private static async Task<Results<Ok<RequestDto>, ValidationProblem, ProblemHttpResult>> MeetingAsync(
        Guid id, MeetingDetailsDto dto, ClaimsPrincipal user, CaseAccess access, RequestService requests, RequestMapping mapping, CancellationToken ct) =>
        (await requests.SetMeetingDetailsAsync(await access.ViewerAsync(user, ct), id, dto.MeetingDetails, ct)).ToHttp(r => TypedResults.Ok(mapping.ForManager(r, null)), NotFound);

    private static async Task<Results<Ok<OwnSignupDto>, ValidationProblem, ProblemHttpResult>> ConfirmAsync(
        Guid id, ClaimsPrincipal user, CaseAccess access, SignupService signups, CancellationToken ct) =>
        (await signups.ConfirmAsync(await access.ViewerAsync(user, ct), id, ct)).ToHttp(s => TypedResults.Ok(RequestMapping.Own(s)), NotFound);

    private static async Task<Results<Ok<OwnSignupDto>, ValidationProblem, ProblemHttpResult>> DeclineAsync(
        Guid id, ClaimsPrincipal user, CaseAccess access, SignupService signups, CancellationToken ct) =>
        (await signups.DeclineAsync(await access.ViewerAsync(user, ct), id, ct)).ToHttp(s => TypedResults.Ok(RequestMapping.Own(s)), NotFound);

    private static async Task<Results<Ok<List<BoardRequestDto>>, ProblemHttpResult>> BoardAsync(
        ClaimsPrincipal user, VolunteerAccess volunteers, RequestBoard board, RequestMapping mapping, CancellationToken ct,
        [FromQuery] string? skill = null, [FromQuery] string? language = null, [FromQuery] DateOnly? on = null)
    {
        if (await volunteers.ApprovedAsync(user, ct) is not { } volunteer)
        {
            return Problems.NotFound(Resources.VolunteerTexts.Get("Board_NotApproved"));
        }

        var entries = await board.OpenAsync(volunteer, new BoardFilter(skill, language, on), ct);
        return TypedResults.Ok(entries.Select(mapping.ForVolunteer).ToList());
    }

    private static async Task<Results<Ok<BoardRequestDto>, ProblemHttpResult>> BoardRequestAsync(
        Guid id, ClaimsPrincipal user, VolunteerAccess volunteers, RequestBoard board, RequestMapping mapping, CancellationToken ct) =>
        await volunteers.ApprovedAsync(user, ct) is { } volunteer && await board.FindAsync(volunteer, id, ct) is { } entry
            ? TypedResults.Ok(mapping.ForVolunteer(entry))
            : Problems.NotFound(NotFound);

    private static async Task<Results<Ok<List<BoardRequestDto>>, ProblemHttpResult>> MineAsync(
        ClaimsPrincipal user, VolunteerAccess volunteers, RequestBoard board, RequestMapping mapping, CancellationToken ct) =>
        await volunteers.ApprovedAsync(user, ct) is { } volunteer
            ? TypedResults.Ok((await board.MineAsync(volunteer, ct)).Select(mapping.ForVolunteer).ToList())
            : Problems.NotFound(Resources.VolunteerTexts.Get("Board_NotApproved"));

    private static async Task<Results<Created<OwnSignupDto>, ValidationProblem, ProblemHttpResult>> SignUpAsync(
        Guid id, SignupWriteDto? dto, ClaimsPrincipal user, VolunteerAccess volunteers, SignupService signups, CancellationToken ct)
    {
        if (await volunteers.ApprovedAsync(user, ct) is not { } volunteer)
        {
            return Problems.NotFound(NotFound);
        }

        var result = await signups.SignUpAsync(volunteer, id, dto?.Message, ct);
        return result.ToHttp(s => TypedResults.Created($"/api/v1/signups/{s.Id}", RequestMapping.Own(s)), NotFound);
    }

    private static async Task<Results<Ok<OwnSignupDto>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        Guid id, ClaimsPrincipal user, VolunteerAccess volunteers, SignupService signups, CancellationToken ct) =>
        await volunteers.ApprovedAsync(user, ct) is { } volunteer
            ? (await signups.WithdrawAsync(volunteer, id, ct)).ToHttp(s => TypedResults.Ok(RequestMapping.Own(s)), NotFound)
            : Problems.NotFound(NotFound);

    private static async Task<Results<Ok<OwnSignupDto>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteDto dto, ClaimsPrincipal user, VolunteerAccess volunteers, CaseAccess access, SignupService signups, CancellationToken ct)
    {
        OperationResult<Signup> result;
        if (user.IsInRole(Roles.Volunteer))
        {
            result = await volunteers.ApprovedAsync(user, ct) is { } volunteer
                ? await signups.CompleteAsync(volunteer, id, dto.Hours, ct)
                : OperationResult.NotFound;
        }
        else
        {
            result = await signups.CompleteForAsync(await access.ViewerAsync(user, ct), id, dto.Hours, ct);
        }

        return result.ToHttp(s => TypedResults.Ok(RequestMapping.Own(s)), NotFound);
    }
}
