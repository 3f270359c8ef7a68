using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Resources;

namespace IntegrationsNetz.Plugins.CaseMatching.Needs;

/// <summary>A need in words, e.g. "Eppelheim · Deutsch A1 · Montag Vormittag · mit Kinderbetreuung · bis 20 km".</summary>
public static class NeedText
{
    public static IReadOnlyList<string> Describe(Need need, IReadOnlyDictionary<Guid, string> municipalityNames)
    {
        var parts = new List<string>
        {
            municipalityNames.GetValueOrDefault(need.MunicipalityId, string.Empty),
            need.GermanLevel is { } level ? Texts.Format("Need_German", level) : Texts.Get("Need_NoGerman"),
        };
        parts.AddRange(need.TimeWindows.Select(Choices.Slot));
        if (need.ChildcareNeeded)
        {
            parts.Add(Texts.Get("Need_Childcare"));
        }

        if (need.WomenOnly)
        {
            parts.Add(Texts.Get("Need_WomenOnly"));
        }

        if (need.Languages.Count > 0)
        {
            parts.Add(Texts.Format("Need_Speaks", string.Join(", ", need.Languages.Select(Choices.Language))));
        }

        parts.Add(Texts.Format("Need_Travel", need.MaxTravelKm));
        return parts;
    }
}
