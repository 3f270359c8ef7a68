using IntegrationsNetz.Web.Localization;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Volunteers.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Volunteers.Public;

public sealed class RegisterInput
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? Phone { get; set; }

    public List<string> Municipalities { get; set; } = [];

    public List<string> Skills { get; set; } = [];

    public List<string> Availability { get; set; } = [];

    public List<LanguageRow> Languages { get; set; } = [];

    /// <summary>Sent by "Weitere Sprache hinzufügen": the form comes back with one more language row, nothing saved.</summary>
    public bool AddLanguage { get; set; }

    public bool PrivacyConsent { get; set; }
}

/// <summary>Volunteer self-registration as a plain form; the answer is the same whether or not the address is known.</summary>
public sealed class RegisterModel(PortalDbContext db, VolunteerService volunteers, PasswordResetMail links, Security.AccountThrottle throttle) : PublicPageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public bool Sent { get; private set; }

    public bool AddingLanguage { get; private set; }

    public IReadOnlyList<LanguageRow> LanguageRows { get; private set; } = Forms.LanguageRows.ForForm([]);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Request.Query["gemeinde"].ToString() is { Length: > 0 } preset)
        {
            Input.Municipalities.Add(preset);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        LanguageRows = Forms.LanguageRows.ForForm(Input.Languages, Input.AddLanguage);
        if (Input.AddLanguage)
        {
            // Only sizes the form: nothing is validated or saved, and the throttle is not touched.
            AddingLanguage = true;
            await LoadAsync(ct);
            return Page();
        }

        if (!throttle.TryTake(Security.RateLimits.Registration, Input.Email, out var wait))
        {
            return Security.TooManyRequestsPage.Result(HttpContext, wait);
        }

        await LoadAsync(ct);
        var languages = Forms.LanguageRows.ToStored(Input.Languages);
        var profile = new VolunteerProfileInput(Input.DisplayName, Input.Phone, Culture.Key, Input.Municipalities, languages, Input.Skills, Input.Availability);
        var result = await volunteers.RegisterAsync(new VolunteerRegistration(Input.Email, Input.Password, Input.PrivacyConsent, profile), links.BaseUrl(Request), ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"Input.{error.Field}", error.Message);
            }

            return Page();
        }

        Sent = true;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        Alternates = AllCultures(c => $"/{c.Key}/mitmachen", _ => true);
    }
}
