using System.Globalization;
using System.Resources;
using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Plugins.CaseMatching.Plans.PlanCopy;

/// <summary>
/// The texts of the person's copy of the plan, in one of the portal's languages (Leichte Sprache uses the German
/// ones), whatever language the manager's back office is in.
/// </summary>
public sealed class PlanTexts(PortalCulture culture)
{
    private static readonly ResourceManager Resources =
        new("IntegrationsNetz.Plugins.CaseMatching.Resources.PlanTexts", typeof(PlanTexts).Assembly);

    private readonly CultureInfo _ui = CultureInfo.GetCultureInfo(culture.UiCulture);

    public PortalCulture Culture => culture;

    public string Get(string key) => Resources.GetString(key, _ui) ?? key;

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    public string Area(GoalArea area) => Get($"GoalArea_{area}");

    public string Status(GoalStatus status) => Get($"GoalStatus_{status}");

    /// <summary>Dates as 31.12.2026 in every language: the Gregorian date of German letters, which the person also meets at offices.</summary>
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public string Day(DayOfWeek day) => _ui.DateTimeFormat.GetDayName(day);
}
