using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>Where a case stands with its next review (<see cref="CaseListRow.NextReview"/>).</summary>
public enum CaseReview
{
    Overdue,
    DueSoon,
    None,
}

/// <summary>"Meine Fälle" are those the viewer owns or shares as tandem partner; "alle" is everything in reach.</summary>
public enum CaseOwner
{
    All,
    Mine,
}

public enum CaseSort
{
    Code,
    NextReview,
    Opened,
}

/// <summary>
/// What the case list shows: part of a code to find, filters and the order. It only narrows the viewer's scope;
/// which cases are in reach stays <see cref="Access.CaseAccess.Visible"/>'s decision.
/// </summary>
public sealed record CaseListQuery(
    string? Code = null,
    CaseStatus? Status = null,
    CaseReview? Review = null,
    CaseOwner Owner = CaseOwner.All,
    CaseSort Sort = CaseSort.Code)
{
    /// <summary>"Fällig" means a review within the next two weeks: time enough to plan the conversation.</summary>
    public const int DueSoonDays = 14;

    public const int MaxCodeLength = 40;

    /// <summary>
    /// The query from the list's GET form, and a German message per field it did not understand. A value that is
    /// not understood filters nothing, so a mistyped link still shows the list.
    /// </summary>
    public static (CaseListQuery Query, IReadOnlyList<FieldError> Errors) Parse(string? code, string? status, string? review, string? owner, string? sort)
    {
        var v = new Validator().Text("code", code, MaxCodeLength, Texts.Get("Case_Code"));
        var query = new CaseListQuery(
            v.IsValid && !string.IsNullOrWhiteSpace(code) ? code.Trim() : null,
            Parsed<CaseStatus>(v, "status", status, "Case_Status"),
            Parsed<CaseReview>(v, "review", review, "Cases_Review"),
            Parsed<CaseOwner>(v, "owner", owner, "Cases_Owner") ?? CaseOwner.All,
            Parsed<CaseSort>(v, "sort", sort, "Cases_Sort") ?? CaseSort.Code);
        return (query, v.Errors);
    }

    private static TEnum? Parsed<TEnum>(Validator v, string field, string? value, string label)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parsed = CaseService.ParseEnum<TEnum>(value);
        if (parsed is null)
        {
            v.Add(field, Texts.Format("Cases_FilterUnknown", Texts.Get(label), value.Length > MaxCodeLength ? value[..MaxCodeLength] + "…" : value));
        }

        return parsed;
    }
}

/// <summary>A case in the list, with the earliest review date of its open goals (none once the case is closed).</summary>
public sealed record CaseListRow(Case Case, DateOnly? NextReview);
