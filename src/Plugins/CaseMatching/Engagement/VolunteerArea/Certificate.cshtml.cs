using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Web.Common.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Plugins.CaseMatching.Engagement.VolunteerArea;

/// <summary>
/// The Ehrenamtsnachweis as a printable page (in German, like the PDF for employers) and as the PDF itself: German,
/// and for a volunteer whose language is another one also in that language, for them to read.
/// </summary>
[Authorize(Policy = CaseMatchingPlugin.VolunteerPolicy)]
public sealed class CertificateModel(VolunteerAccess volunteers, EngagementService engagement, CertificatePdf pdf) : BackOfficePageModel
{
    public EngagementCertificate? Certificate { get; private set; }

    /// <summary>The volunteer's own language for the second PDF, or null when it is German (or Leichte Sprache).</summary>
    public PortalCulture? OwnLanguage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await volunteers.ApprovedAsync(User, ct) is { } volunteer)
        {
            Certificate = await engagement.CertificateAsync(volunteer, ct);
            // The language they read this page in; when that is German, the one in their profile, which their e-mails use.
            var page = CertificateTexts.Of(HttpContext.Features.Get<PortalCulture>());
            var own = page.IsGerman ? CertificateTexts.Of(PortalCulture.Find(volunteer.PreferredCulture)) : page;
            OwnLanguage = own.IsGerman ? null : own.Culture;
        }

        return Page();
    }

    /// <param name="language">A portal language key ("uk"); anything else, or nothing, gives the German certificate.</param>
    public async Task<IActionResult> OnGetPdfAsync(string? language, CancellationToken ct)
    {
        if (await volunteers.ApprovedAsync(User, ct) is not { } volunteer)
        {
            return NotFound();
        }

        var texts = CertificateTexts.For(language);
        return File(pdf.Render(await engagement.CertificateAsync(volunteer, ct), texts.Culture), "application/pdf", texts.FileName);
    }
}
