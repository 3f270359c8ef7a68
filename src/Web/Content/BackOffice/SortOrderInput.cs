using IntegrationsNetz.Web.Common.Forms;

namespace IntegrationsNetz.Web.Content.BackOffice;

/// <summary>
/// The "Reihenfolge" field is text, not int: an int would bind an empty field to 0 and the page would save that
/// without a word. Empty or not a whole number gives null, and the page says so instead of saving.
/// </summary>
internal static class SortOrderInput
{
    public const string MessageKey = "Page_SortOrderRequired";

    public static int? Parse(string? text) => FormValues.TryParseInt(text, out var number) ? number : null;
}
