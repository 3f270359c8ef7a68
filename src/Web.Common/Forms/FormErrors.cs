using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrationsNetz.Web.Common.Forms;

/// <summary>Messages are kept under a key per form ("goal-…", "goal-….ReviewDate"), so several forms on one page stay apart.</summary>
public static class FormErrors
{
    public static IReadOnlyList<string> For(ModelStateDictionary state, string form) =>
        state.Where(e => e.Key == form || e.Key.StartsWith(form + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value?.Errors ?? [])
            .Select(e => e.ErrorMessage)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Each message of the form with the key it was given under, first key per message.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ByField(ModelStateDictionary state, string form) =>
        state.Where(e => e.Key == form || e.Key.StartsWith(form + ".", StringComparison.Ordinal))
            .SelectMany(e => (e.Value?.Errors ?? []).Select(error => new KeyValuePair<string, string>(e.Key, error.ErrorMessage)))
            .DistinctBy(e => e.Value, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Of(ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
}
