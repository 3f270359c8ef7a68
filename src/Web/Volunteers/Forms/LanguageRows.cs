using IntegrationsNetz.Core.Volunteers;

namespace IntegrationsNetz.Web.Volunteers.Forms;

/// <summary>One row of the language field: a language and how well it is spoken, stored as "ar:C1".</summary>
public sealed class LanguageRow
{
    public string? Code { get; set; }

    public string? Level { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Level);
}

/// <summary>
/// The language rows of the volunteer forms. Without JavaScript a row is added by posting the form back
/// ("Weitere Sprache hinzufügen"), so the rows are sized here: at least three, one more when asked.
/// </summary>
public static class LanguageRows
{
    public const int Shown = 3;

    /// <summary>Levels from the best down, as the select lists them.</summary>
    public static IReadOnlyList<string> Levels { get; } = VolunteerCatalog.LanguageLevels.Reverse().ToList();

    /// <summary>What the service validates and stores; a half-filled row is sent as "ar:" so the service can say what is missing.</summary>
    public static List<string> ToStored(IEnumerable<LanguageRow>? rows) =>
        (rows ?? []).Where(r => !r.IsEmpty).Select(r => $"{r.Code?.Trim()}:{r.Level?.Trim()}").ToList();

    public static List<LanguageRow> FromStored(IEnumerable<string> stored) =>
        stored.Select(s => s.Split(':')).Select(p => new LanguageRow { Code = p[0], Level = p.Length > 1 ? p[1] : null }).ToList();

    /// <summary>The entered rows plus empty ones up to <see cref="Shown"/>, and one more when <paramref name="addOne"/>.</summary>
    public static List<LanguageRow> ForForm(IEnumerable<LanguageRow>? rows, bool addOne = false)
    {
        var filled = (rows ?? []).Where(r => !r.IsEmpty).ToList();
        var count = Math.Min(Math.Max(Shown, filled.Count + (addOne ? 1 : 0)), VolunteerCatalog.LanguageCodes.Count);
        while (filled.Count < count)
        {
            filled.Add(new LanguageRow());
        }

        return filled;
    }
}
