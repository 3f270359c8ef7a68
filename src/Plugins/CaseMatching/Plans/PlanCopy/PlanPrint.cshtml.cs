using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Plans.PlanCopy;

/// <summary>
/// Printing the plan for the person: the manager chooses the person's language and gets the PDF. A plain GET form,
/// so it works without JavaScript; an unknown language is refused with a message, not printed in German.
/// </summary>
[Authorize(Policy = CaseMatchingPlugin.CaseWorkPolicy)]
public sealed class PlanPrintModel(CaseAccess access, PlanCopyService copies, PlanCopyPdf pdf) : CasePageModel(access)
{
    public const string FormKey = "plan-copy";

    public Guid CaseId { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        CaseId = id;

        // Only the form, but only for a case the viewer may see (nothing is read from it, so nothing is logged).
        return await Access.Visible(await ViewerAsync(ct)).AnyAsync(c => c.Id == id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        CaseId = id;
        if (PortalCulture.Find(Language) is not { } culture)
        {
            ModelState.AddModelError($"{FormKey}.Language", Resources.Texts.Get("PlanCopy_LanguageInvalid"));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return await copies.ForAsync(await ViewerAsync(ct), id, culture, ct) is { } copy
            ? File(pdf.Render(copy), "application/pdf", PlanCopyPdf.FileName)
            : NotFound();
    }
}
