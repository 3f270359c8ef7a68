using IntegrationsNetz.Web.Common.Forms;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests.BackOffice;

/// <summary>The request form as typed; dates and times are parsed by the page, everything else is checked by the service.</summary>
public sealed class RequestForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public List<string> Skills { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public string? On { get; set; }

    public string? From { get; set; }

    public string? Until { get; set; }

    public List<string> TimeWindows { get; set; } = [];

    public string? Places { get; set; }

    public bool InvolvesChildren { get; set; }

    public string? ExpiresOn { get; set; }

    public static RequestForm Of(VolunteerRequest r) => new()
    {
        Title = r.Title, Description = r.Description, Skills = [.. r.Skills], Languages = [.. r.Languages], On = FormValues.Input(r.On),
        From = r.From?.ToString("HH\\:mm"), Until = r.Until?.ToString("HH\\:mm"), TimeWindows = [.. r.TimeWindows],
        Places = r.Places.ToString(System.Globalization.CultureInfo.InvariantCulture), InvolvesChildren = r.InvolvesChildren, ExpiresOn = FormValues.Input(r.ExpiresOn),
    };

    /// <summary>A request form prefilled from the need: its languages, whether children come, one place (times are the manager's choice: a date or windows).</summary>
    public static RequestForm For(Needs.Need need) => new() { Languages = [.. need.Languages], Places = "1", InvolvesChildren = need.ChildcareNeeded };
}
