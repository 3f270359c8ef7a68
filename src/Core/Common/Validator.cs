namespace IntegrationsNetz.Core.Common;

/// <summary>Collects field errors for one entity before anything is saved.</summary>
public sealed class Validator
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public Validator Add(string field, string message)
    {
        _errors.Add(new FieldError(field, message));
        return this;
    }

    public Validator Required(string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, Messages.Format("Required", label));
        }

        return this;
    }

    public Validator MaxLength(string field, string? value, int max, string label)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, Messages.Format("MaxLength", label, max));
        }

        return this;
    }

    public Validator Slug(string field, string? value, string label)
    {
        if (!string.IsNullOrWhiteSpace(value) && !Slugs.IsValid(value))
        {
            Add(field, Messages.Format("InvalidSlug", label));
        }

        return this;
    }

    public OperationResult ToResult() => IsValid ? OperationResult.Ok : OperationResult.Invalid(_errors);
}
