using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>
/// The consent texts shown to the person, per purpose, with their version. A new wording gets a new version, so
/// each recorded consent says which text was agreed to.
/// </summary>
public static class ConsentTexts
{
    public const string CurrentVersion = "2026-01";

    public static string Text(ConsentPurpose purpose) => Texts.Get($"ConsentText_{purpose}");
}
