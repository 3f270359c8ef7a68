using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Web.Common.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests.VolunteerArea;

/// <summary>The request board for approved volunteers: a plain GET form filters it, so it works without JavaScript.</summary>
[Authorize(Policy = CaseMatchingPlugin.VolunteerPolicy)]
public sealed class BoardModel(VolunteerAccess volunteers, RequestBoard board) : BackOfficePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Skill { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "on")]
    public string? On { get; set; }

    public bool Approved { get; private set; }

    public IReadOnlyList<BoardEntry> Open { get; private set; } = [];

    public IReadOnlyList<BoardEntry> Mine { get; private set; } = [];

    /// <summary>The languages worth filtering by: those the open requests ask for.</summary>
    public IReadOnlyList<string> Languages => VolunteerCatalog.LanguageCodes;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var volunteer = await volunteers.ApprovedAsync(User, ct);
        if (volunteer is null)
        {
            return Page();
        }

        Approved = true;
        var on = Date(On, "on");
        var skill = VolunteerCatalog.Skills.Contains(Skill ?? string.Empty) ? Skill : null;
        var language = VolunteerCatalog.LanguageCodes.Contains(Language ?? string.Empty) ? Language : null;
        Open = await board.OpenAsync(volunteer, new BoardFilter(skill, language, on), ct);
        Mine = await board.MineAsync(volunteer, ct);
        return Page();
    }

    public static string DateInput(string? typed) => FormValues.TryParseDate(typed, out var date) ? FormValues.Input(date) : typed ?? string.Empty;
}
