using System.Security.Claims;
using System.Text.Json;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Web.Volunteers.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Volunteers.VolunteerArea;

public sealed class VolunteerProfileForm
{
    public string? DisplayName { get; set; }

    public string? Phone { get; set; }

    public List<string> Municipalities { get; set; } = [];

    public List<string> Skills { get; set; } = [];

    public List<string> Availability { get; set; } = [];

    public List<LanguageRow> Languages { get; set; } = [];

    /// <summary>Sent by "Weitere Sprache hinzufügen": the form comes back with one more language row, nothing saved.</summary>
    public bool AddLanguage { get; set; }

    public string? Notifications { get; set; }
}

/// <summary>The volunteer's own page: profile, notification preference, export of all own data, deletion.</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class VolunteerProfileModel(
    PortalDbContext db, VolunteerService volunteers, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [BindProperty]
    public VolunteerProfileForm Input { get; set; } = new();

    public Core.Volunteers.Volunteer Volunteer { get; private set; } = null!;

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public IReadOnlyList<LanguageRow> LanguageRows { get; private set; } = Forms.LanguageRows.ForForm([]);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = new VolunteerProfileForm
        {
            DisplayName = Volunteer.DisplayName, Phone = Volunteer.Phone, Municipalities = Volunteer.Municipalities.Select(m => m.Slug).ToList(),
            Skills = Volunteer.Skills, Availability = Volunteer.Availability, Languages = Forms.LanguageRows.FromStored(Volunteer.Languages),
            Notifications = Volunteer.Notifications.ToString(),
        };
        LanguageRows = Forms.LanguageRows.ForForm(Input.Languages);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        LanguageRows = Forms.LanguageRows.ForForm(Input.Languages, Input.AddLanguage);
        if (Input.AddLanguage)
        {
            // Only sizes the form: nothing is validated or saved.
            return Page();
        }

        var languages = Forms.LanguageRows.ToStored(Input.Languages);
        var result = await volunteers.UpdateAsync(UserId, new VolunteerProfileInput(
            Input.DisplayName, Input.Phone, Volunteer.PreferredCulture, Input.Municipalities, languages, Input.Skills, Input.Availability, Input.Notifications, Volunteer.VolunteerCircleId), ct);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return Page();
        }

        Status(text["Org_Saved"]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var export = await volunteers.ExportAsync(UserId, ct);
        return export is null
            ? NotFound()
            : File(JsonSerializer.SerializeToUtf8Bytes(export, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }), "application/json", "meine-daten-integrationsnetz.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync(bool confirm, CancellationToken ct)
    {
        if (!confirm)
        {
            await LoadAsync(ct);
            ModelState.AddModelError(string.Empty, text["VolunteerArea_DeleteNotConfirmed"]);
            return Page();
        }

        await volunteers.DeleteAsync(UserId, ct);
        await signIn.SignOutAsync();
        TempData[PortalLayouts.StatusKey] = text["VolunteerArea_Deleted"].Value;
        return Redirect("/backoffice/login");
    }

    private Guid UserId => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        var volunteer = await volunteers.FindByUserAsync(UserId, ct);
        if (volunteer is null)
        {
            return false;
        }

        Volunteer = volunteer;
        return true;
    }
}
