using IntegrationsNetz.Core.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationsNetz.Web.Common.Http;

/// <summary>
/// The one mapping from a service's <see cref="OperationResult"/> to HTTP, used by every API handler of the host and
/// the plugins: success -> the given typed result; NotFound -> 404 (also for what lies outside the caller's scope, so
/// nobody learns it exists); Invalid -> 400 validation problem naming the fields; Conflict -> 409.
/// The typed <see cref="Results{TResult1,TResult2,TResult3}"/> tells OpenAPI every answer a route can give.
/// </summary>
public static class ResultHttp
{
    public static Results<TSuccess, ValidationProblem, ProblemHttpResult> ToHttp<TSuccess>(
        this OperationResult result, Func<TSuccess> onSuccess, string? notFound = null)
        where TSuccess : IResult =>
        result.Succeeded ? onSuccess() : Failure<TSuccess>(result.Status, result.Errors, notFound);

    public static Results<TSuccess, ValidationProblem, ProblemHttpResult> ToHttp<T, TSuccess>(
        this OperationResult<T> result, Func<T, TSuccess> onSuccess, string? notFound = null)
        where TSuccess : IResult =>
        result.Succeeded ? onSuccess(result.Value!) : Failure<TSuccess>(result.Status, result.Errors, notFound);

    /// <summary>204 on success: the common answer of a change that returns nothing.</summary>
    public static Results<NoContent, ValidationProblem, ProblemHttpResult> ToNoContent(this OperationResult result, string? notFound = null) =>
        result.ToHttp(TypedResults.NoContent, notFound);

    /// <summary>The failure half alone, for handlers whose success answer is built elsewhere.</summary>
    public static Results<ValidationProblem, ProblemHttpResult> ToProblem(this OperationResult result, string? notFound = null) =>
        result.Status switch
        {
            OperationStatus.NotFound => Problems.NotFound(notFound),
            OperationStatus.Conflict => Problems.Conflict(result.Errors),
            _ => Problems.Validation(result.Errors),
        };

    private static Results<TSuccess, ValidationProblem, ProblemHttpResult> Failure<TSuccess>(
        OperationStatus status, IReadOnlyList<FieldError> errors, string? notFound)
        where TSuccess : IResult =>
        status switch
        {
            OperationStatus.NotFound => Problems.NotFound(notFound),
            OperationStatus.Conflict => Problems.Conflict(errors),
            _ => Problems.Validation(errors),
        };
}
