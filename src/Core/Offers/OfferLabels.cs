using IntegrationsNetz.Core.Common;

namespace IntegrationsNetz.Core.Offers;

/// <summary>German names of the offer enums ("Bürgeramt", "Integrationskurs für Frauen"), from Messages.resx.</summary>
public static class OfferLabels
{
    public static string Of<T>(T value)
        where T : struct, Enum => Messages.Get($"{typeof(T).Name}_{value}");
}
