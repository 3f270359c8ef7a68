using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Web.Common.Http;
using IntegrationsNetz.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Accounts;

public sealed record StaffAccountDto(
    Guid Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> MunicipalityIds, IReadOnlyList<Guid> CooperationIds,
    IReadOnlyList<Guid> TeamIds, bool LockedOut, bool Disabled, bool TwoFactorEnabled);

/// <summary>The staff accounts of the back office (Users/*) as API calls, on the same <see cref="StaffAccountService"/> and policy.</summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/users").WithTags("Mitarbeiterkonten").RequireAuthorization(Policies.Administration);
        group.MapGet("/", ListAsync).WithName("ListStaffAccounts").WithSummary("Alle Konten mit Rollen und Zuständigkeiten");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetStaffAccount").WithSummary("Ein Konto");
        group.MapPost("/", CreateAsync).WithName("CreateStaffAccount")
            .WithSummary("Konto mit Rollen und Zuständigkeiten anlegen; es bekommt eine E-Mail mit dem Link zum Setzen des Passworts");
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateStaffAccount").WithSummary("Name, Rollen und Zuständigkeiten ändern (die Adresse bleibt)");
        group.MapPost("/{id:guid}/invite", InviteAsync).WithName("InviteStaffAccount").WithSummary("Den Link zum Setzen des Passworts erneut senden");
        group.MapPost("/{id:guid}/disable", DisableAsync).WithName("DisableStaffAccount").WithSummary("Konto deaktivieren: keine Anmeldung, kein neues Token");
        group.MapPost("/{id:guid}/enable", EnableAsync).WithName("EnableStaffAccount").WithSummary("Konto wieder freigeben (hebt auch eine Sperre nach Fehlversuchen auf)");
        return app;
    }

    private static async Task<Ok<List<StaffAccountDto>>> ListAsync(StaffAccountService accounts, CancellationToken ct) =>
        TypedResults.Ok((await accounts.ListAsync(ct)).Select(ToDto).ToList());

    private static async Task<Results<Ok<StaffAccountDto>, ProblemHttpResult>> GetAsync(
        Guid id, StaffAccountService accounts, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        await accounts.FindAsync(id, ct) is { } account ? TypedResults.Ok(ToDto(account)) : Problems.NotFound(text["Api_StaffAccountNotFound"]);

    private static async Task<Results<Created<StaffAccountDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SaveStaffAccount command, ClaimsPrincipal user, StaffAccountService accounts, PasswordResetMail links, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await accounts.SaveAsync(null, command, links.BaseUrl(request), StaffActor.Of(user), ct))
            .ToHttp(a => TypedResults.Created($"/api/v1/users/{a.Id}", ToDto(a)), text["Api_StaffAccountNotFound"]);

    private static async Task<Results<Ok<StaffAccountDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, SaveStaffAccount command, ClaimsPrincipal user, StaffAccountService accounts, PasswordResetMail links, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await accounts.SaveAsync(id, command, links.BaseUrl(request), StaffActor.Of(user), ct)).ToHttp(a => TypedResults.Ok(ToDto(a)), text["Api_StaffAccountNotFound"]);

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> InviteAsync(
        Guid id, ClaimsPrincipal user, StaffAccountService accounts, PasswordResetMail links, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await accounts.InviteAsync(id, links.BaseUrl(request), StaffActor.Of(user), ct)).ToHttp(() => TypedResults.Accepted((string?)null), text["Api_StaffAccountNotFound"]);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DisableAsync(
        Guid id, ClaimsPrincipal user, StaffAccountService accounts, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await accounts.DisableAsync(id, StaffActor.Of(user), ct)).ToNoContent(text["Api_StaffAccountNotFound"]);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EnableAsync(
        Guid id, StaffAccountService accounts, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await accounts.EnableAsync(id, ct)).ToNoContent(text["Api_StaffAccountNotFound"]);

    private static StaffAccountDto ToDto(StaffAccount a) => new(
        a.Id, a.Email, a.DisplayName, a.Roles,
        a.Assignments.Where(x => x.MunicipalityId is not null).Select(x => x.MunicipalityId!.Value).ToList(),
        a.Assignments.Where(x => x.CooperationId is not null).Select(x => x.CooperationId!.Value).ToList(),
        a.Assignments.Where(x => x.TeamId is not null).Select(x => x.TeamId!.Value).ToList(),
        a.LockedOut, a.Disabled, a.TwoFactorEnabled);
}
