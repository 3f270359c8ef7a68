namespace IntegrationsNetz.Core.Volunteers;

/// <summary>The fixed lists a volunteer profile chooses from; labels are German (Messages.resx).</summary>
public static class VolunteerCatalog
{
    public static IReadOnlyList<string> Skills { get; } =
    [
        "accompaniment", "interpreting", "homework", "german-practice", "driving", "job-applications", "childcare", "housing-search", "mentoring", "leisure",
    ];

    public static IReadOnlyList<string> LanguageCodes { get; } = ["de", "en", "ar", "fa", "uk", "tr", "ru", "ku", "ps", "ti", "so", "fr", "sq", "es", "it", "pl", "ro"];

    public static IReadOnlyList<string> LanguageLevels { get; } = ["A1", "A2", "B1", "B2", "C1", "C2", "native"];

    public static IReadOnlyList<DayOfWeek> Days { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static IReadOnlyList<string> DayParts { get; } = ["Morning", "Afternoon", "Evening"];

    public static IReadOnlyList<string> Slots { get; } = Days.SelectMany(d => DayParts.Select(p => $"{d}:{p}")).ToList();

    public static bool IsLanguage(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2 && LanguageCodes.Contains(parts[0]) && LanguageLevels.Contains(parts[1]);
    }
}
