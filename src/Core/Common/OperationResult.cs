namespace IntegrationsNetz.Core.Common;

public enum OperationStatus
{
    Success,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>A field-level validation message; the text is German and comes from the resource file.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// Expected failures are results, not exceptions (as Umbraco's Attempt): callers map the status once
/// to a form message or to problem+json.
/// </summary>
public sealed record OperationResult(OperationStatus Status, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Status == OperationStatus.Success;

    public static OperationResult Ok { get; } = new(OperationStatus.Success, []);

    public static OperationResult NotFound { get; } = new(OperationStatus.NotFound, []);

    public static OperationResult Invalid(IReadOnlyList<FieldError> errors) => new(OperationStatus.Invalid, errors);

    public static OperationResult Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    public static OperationResult Conflict(string field, string message) =>
        new(OperationStatus.Conflict, [new FieldError(field, message)]);
}

public sealed record OperationResult<T>(OperationStatus Status, T? Value, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Status == OperationStatus.Success;

    public static OperationResult<T> Ok(T value) => new(OperationStatus.Success, value, []);

    public static implicit operator OperationResult<T>(OperationResult result) => new(result.Status, default, result.Errors);
}
