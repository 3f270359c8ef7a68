using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

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

    public IActionResult OnGet(Guid id)
    {
        CaseId = id;
        return Page();
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
