using IntegrationsNetz.Core.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IntegrationsNetz.Core.Api;

/// <summary>Maps expected failures once to RFC 9457 problem details with German texts.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "Nicht gefunden", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ValidationProblem Validation(IReadOnlyList<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => Camel(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Die Eingaben sind nicht gültig.",
            detail: string.Join(" ", errors.Select(e => e.Message)));

    public static ValidationProblem Validation(string field, string message) => Validation([new FieldError(field, message)]);

    public static ValidationProblem Validation(IEnumerable<IdentityError> errors, string field) =>
        Validation(errors.Select(e => new FieldError(field, e.Description)).ToList());

    /// <summary>A change refused for a reason the caller must know (a closed case, a missing consent): 409.</summary>
    public static ProblemHttpResult Conflict(IReadOnlyList<FieldError> errors) =>
        TypedResults.Problem(
            title: "Die Änderung ist nicht möglich.",
            detail: string.Join(" ", errors.Select(e => e.Message)),
            statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(title: "Anmeldung fehlgeschlagen", detail: detail, statusCode: StatusCodes.Status401Unauthorized);

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
