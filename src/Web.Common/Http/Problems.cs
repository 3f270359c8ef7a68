using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Web.Common.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IntegrationsNetz.Web.Common.Http;

/// <summary>RFC 9457 problem details with German texts. API handlers reach these through <see cref="ResultHttp"/>.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string? detail = null) =>
        TypedResults.Problem(
            title: ToolkitTexts.Get("NotFoundTitle"), detail: detail ?? ToolkitTexts.Get("NotFoundDetail"),
            statusCode: StatusCodes.Status404NotFound);

    public static ValidationProblem Validation(IReadOnlyList<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => Camel(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: ToolkitTexts.Get("InvalidTitle"),
            detail: string.Join(" ", errors.Select(e => e.Message)));

    public static ValidationProblem Validation(string field, string message) => Validation([new FieldError(field, message)]);

    public static ValidationProblem Validation(IEnumerable<IdentityError> errors, string field) =>
        Validation(errors.Select(e => new FieldError(field, e.Description)).ToList());

    /// <summary>A change refused for a reason the caller must know (a closed case, a missing consent): 409.</summary>
    public static ProblemHttpResult Conflict(IReadOnlyList<FieldError> errors) =>
        TypedResults.Problem(
            title: ToolkitTexts.Get("ConflictTitle"),
            detail: string.Join(" ", errors.Select(e => e.Message)),
            statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(title: ToolkitTexts.Get("UnauthorizedTitle"), detail: detail, statusCode: StatusCodes.Status401Unauthorized);

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
