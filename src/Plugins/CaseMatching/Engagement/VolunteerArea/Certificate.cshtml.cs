using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Web.Common.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Plugins.CaseMatching.Engagement.VolunteerArea;

/// <summary>The Ehrenamtsnachweis as a printable page (in German, like the PDF) and as the PDF itself.</summary>
[Authorize(Policy = CaseMatchingPlugin.VolunteerPolicy)]
public sealed class CertificateModel(VolunteerAccess volunteers, EngagementService engagement, CertificatePdf pdf) : BackOfficePageModel
{
    public EngagementCertificate? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await volunteers.ApprovedAsync(User, ct) is { } volunteer)
        {
            Certificate = await engagement.CertificateAsync(volunteer, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await volunteers.ApprovedAsync(User, ct) is { } volunteer
            ? File(pdf.Render(await engagement.CertificateAsync(volunteer, ct)), "application/pdf", CertificateFile.Name)
            : NotFound();
}
