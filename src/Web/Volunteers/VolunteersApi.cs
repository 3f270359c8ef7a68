using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Volunteers;

public sealed record VolunteerRegistrationDto(
    string? Email, string? Password, string? DisplayName, string? Phone, string? PreferredCulture, bool PrivacyConsent,
    IReadOnlyList<string>? Municipalities, IReadOnlyList<string>? Languages, IReadOnlyList<string>? Skills, IReadOnlyList<string>? Availability);

public sealed record VolunteerProfileDto(
    string? DisplayName, string? Phone, string? PreferredCulture, IReadOnlyList<string>? Municipalities, IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? Skills, IReadOnlyList<string>? Availability, string? Notifications, Guid? VolunteerCircleId);

public sealed record ConfirmDto(string? Token);

public sealed record ConductCertificateDto(string? SeenOn);

public sealed record VolunteerListItemDto(Guid Id, string DisplayName, string Email, string? Phone, string Status, IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Languages, IReadOnlyList<string> Skills, IReadOnlyList<string> Availability, DateTime? ApprovedAt,
    DateOnly? ConductCertificateSeenOn, DateOnly? ConductCertificateRecheckOn);

public sealed record VolunteerDto(Guid Id, string DisplayName, string Status, IReadOnlyList<string> Municipalities, IReadOnlyList<string> Languages,
    IReadOnlyList<string> Skills, IReadOnlyList<string> Availability, string Notifications, Guid? VolunteerCircleId, DateOnly? ConductCertificateRecheckOn);

public static class VolunteersApi
{
    public static IEndpointRouteBuilder MapVolunteersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/volunteers").WithTags("Ehrenamtliche");
        group.MapPost("/", RegisterAsync).AllowAnonymous().RequireRateLimiting(Security.RateLimits.Registration).WithName("RegisterVolunteer")
            .WithSummary("Als Ehrenamtliche/r anmelden; Antwort 202 und eine E-Mail zur Bestätigung (gleiche Antwort für bekannte Adressen)");
        group.MapPost("/confirm", ConfirmAsync).AllowAnonymous().RequireRateLimiting(Security.RateLimits.Confirmation).WithName("ConfirmVolunteer").WithSummary("Anmeldung mit dem Link aus der E-Mail bestätigen");
        group.MapGet("/me", MeAsync).RequireAuthorization(Policies.Volunteer).WithName("GetOwnVolunteerProfile").WithSummary("Das eigene Profil");
        group.MapPut("/me", UpdateAsync).RequireAuthorization(Policies.Volunteer).WithName("UpdateOwnVolunteerProfile").WithSummary("Das eigene Profil ändern");
        group.MapDelete("/me", DeleteAsync).RequireAuthorization(Policies.Volunteer).WithName("DeleteOwnVolunteerAccount").WithSummary("Das eigene Konto löschen");
        group.MapGet("/me/export", ExportAsync).RequireAuthorization(Policies.Volunteer).WithName("ExportOwnVolunteerData").WithSummary("Alle eigenen Daten als JSON");
        group.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(Policies.Organisation).WithName("ApproveVolunteer").WithSummary("Ehrenamtliche/n freischalten");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Organisation).WithName("ListVolunteers")
            .WithSummary("Ehrenamtliche der eigenen Gemeinden, wartende Freischaltungen zuerst");
        group.MapPost("/{id:guid}/conduct-certificate", RecordConductCertificateAsync).RequireAuthorization(Policies.Organisation)
            .WithName("RecordConductCertificate").WithSummary("Festhalten, dass das Führungszeugnis vorlag (nur Datum und wer; das Dokument wird nie gespeichert)");
        app.MapPost("/api/v1/unsubscribe", UnsubscribeAsync).AllowAnonymous().DisableAntiforgery().WithTags("Ehrenamtliche")
            .WithName("Unsubscribe").WithSummary("Benachrichtigungen mit einem Klick abbestellen (RFC 8058), ohne Anmeldung");
        return app;
    }

    public static VolunteerProfileInput ToInput(VolunteerProfileDto dto) => new(
        dto.DisplayName, dto.Phone, dto.PreferredCulture, dto.Municipalities ?? [], dto.Languages ?? [], dto.Skills ?? [], dto.Availability ?? [],
        dto.Notifications, dto.VolunteerCircleId);

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        VolunteerRegistrationDto dto, VolunteerService volunteers, PasswordResetMail links, Security.AccountThrottle throttle, HttpRequest request, CancellationToken ct)
    {
        if (!throttle.TryTake(Security.RateLimits.Registration, dto.Email, out var wait))
        {
            return Security.TooManyRequests.Problem(request.HttpContext, wait);
        }

        var profile = new VolunteerProfileInput(dto.DisplayName, dto.Phone, dto.PreferredCulture, dto.Municipalities ?? [], dto.Languages ?? [], dto.Skills ?? [], dto.Availability ?? []);
        var result = await volunteers.RegisterAsync(new VolunteerRegistration(dto.Email, dto.Password, dto.PrivacyConsent, profile), links.BaseUrl(request), ct);
        return result.Succeeded ? TypedResults.Accepted((string?)null) : Problems.Validation(result.Errors);
    }

    private static async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> ConfirmAsync(
        ConfirmDto dto, VolunteerService volunteers, PasswordResetMail links, Security.AccountThrottle throttle, HttpContext context, CancellationToken ct)
    {
        if (!throttle.TryTake(Security.RateLimits.Confirmation, dto.Token, out var wait))
        {
            return Security.TooManyRequests.Problem(context, wait);
        }

        var result = await volunteers.ConfirmAsync(dto.Token, links.BaseUrl(context.Request), ct);
        return result.Succeeded ? TypedResults.Ok() : Problems.Validation(result.Errors);
    }

    private static async Task<Results<Ok<VolunteerDto>, ProblemHttpResult>> MeAsync(ClaimsPrincipal user, VolunteerService volunteers, CancellationToken ct) =>
        await volunteers.FindByUserAsync(UserId(user), ct) is { } v
            ? TypedResults.Ok(new VolunteerDto(v.Id, v.DisplayName, v.Status.ToString(), v.Municipalities.Select(m => m.Slug).ToList(), v.Languages, v.Skills,
                v.Availability, v.Notifications.ToString(), v.VolunteerCircleId, v.ConductCertificateRecheckOn))
            : Problems.NotFound("Zu diesem Konto gibt es kein Profil.");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        VolunteerProfileDto dto, ClaimsPrincipal user, VolunteerService volunteers, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await volunteers.UpdateAsync(UserId(user), ToInput(dto), ct)).ToNoContent(text["Api_VolunteerProfileNotFound"]);

    private static async Task<Results<Ok<VolunteerExport>, ProblemHttpResult>> ExportAsync(ClaimsPrincipal user, VolunteerService volunteers, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        await volunteers.ExportAsync(UserId(user), ct) is { } export ? TypedResults.Ok(export) : Problems.NotFound(text["Api_VolunteerProfileNotFound"]);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(ClaimsPrincipal user, VolunteerService volunteers, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await volunteers.DeleteAsync(UserId(user), ct)).Succeeded ? TypedResults.NoContent() : Problems.NotFound(text["Api_VolunteerProfileNotFound"]);

    private static async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> ApproveAsync(
        Guid id, ClaimsPrincipal user, VolunteerService volunteers, PasswordResetMail links, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await volunteers.ApproveAsync(id, StaffActor.Of(user), links.BaseUrl(request), ct)).ToHttp(TypedResults.Ok, text["Api_VolunteerNotFound"]);

    private static async Task<Results<Ok, ProblemHttpResult>> UnsubscribeAsync(string? token, VolunteerService volunteers, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        await volunteers.UnsubscribeAsync(token, ct) ? TypedResults.Ok() : Problems.NotFound(text["Api_UnsubscribeLinkInvalid"]);

    private static async Task<Ok<List<VolunteerListItemDto>>> ListAsync(ClaimsPrincipal user, VolunteerService volunteers, CancellationToken ct) =>
        TypedResults.Ok((await volunteers.ListForCoordinatorAsync(StaffActor.Of(user), ct)).Select(x => new VolunteerListItemDto(
            x.Volunteer.Id, x.Volunteer.DisplayName, x.Email, x.Volunteer.Phone, x.Volunteer.Status.ToString(), x.Volunteer.Municipalities.Select(m => m.Slug).ToList(),
            x.Volunteer.Languages, x.Volunteer.Skills, x.Volunteer.Availability, x.Volunteer.ApprovedAt,
            x.Volunteer.ConductCertificateSeenOn, x.Volunteer.ConductCertificateRecheckOn)).ToList());

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RecordConductCertificateAsync(
        Guid id, ConductCertificateDto dto, ClaimsPrincipal user, VolunteerService volunteers, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var result = FormValues.TryParseDate(dto.SeenOn, out var parsed) && parsed is { } seenOn
            ? await volunteers.RecordConductCertificateAsync(id, seenOn, StaffActor.Of(user), ct)
            : OperationResult.Invalid("SeenOn", Messages.Get("ConductCertificateDate"));
        return result.ToNoContent(text["Api_VolunteerNotFound"]);
    }

    private static Guid UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
}
