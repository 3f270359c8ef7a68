using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Resources;

/// <summary>An option of a select or a checkbox group: the value sent and its German label.</summary>
public sealed record Choice(string Value, string Label);

public static class Choices
{
    public static IReadOnlyList<Choice> Of<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => new Choice(v.ToString(), Texts.Label(v))).ToList();

    /// <summary>"Monday:Morning" as "Montag Vormittag".</summary>
    public static string Slot(string slot) =>
        slot.Split(':') is [var day, var part] ? $"{Texts.Get($"Day_{day}")} {Texts.Get($"DayPart_{part}")}" : slot;

    public static string Language(string code) => Texts.Get($"Language_{code}");
}
