using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Offers;
using IntegrationsNetz.Web.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Offers.BackOffice;

[Authorize(Policy = Policies.Content)]
public sealed class OfferImportModel(OfferCsvImport import, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Errors = [new FieldError(text["Import_File"], text["Import_NoFile"])];
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var result = await import.ImportAsync(reader, Core.Common.StaffActor.Of(User), ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }

        Status(text["Import_Done", result.Created, result.Updated]);
        return Redirect("/backoffice/offers");
    }
}
