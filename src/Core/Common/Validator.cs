using System.Globalization;

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

    /// <summary>At most <paramref name="max"/> characters and no control characters (line breaks only in multi-line fields).</summary>
    public Validator Text(string field, string? value, int max, string label, bool multiline = false)
    {
        MaxLength(field, value, max, label);
        if (value is not null && TextRules.HasControlCharacters(value, multiline))
        {
            Add(field, Messages.Format("ControlCharacters", label));
        }

        return this;
    }

    /// <summary>Dates the portal can plausibly hold; 0001-01-01 or 9999-12-31 are typing errors or probes.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public Validator Date(string field, DateOnly? value, string label)
    {
        if (value is { } date && (date < EarliestDate || date > LatestDate))
        {
            Add(field, Messages.Format("DateOutOfRange", label, EarliestDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), LatestDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));
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
