using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Search.BackOffice;

/// <summary>
/// The search's synonym list, edited as the file it is (one entry a line), through <see cref="SearchSynonymsEditor"/> as
/// the API. For administrators: the list applies to every municipality's search, not to one coordinator's area.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class SynonymsModel(SearchSynonymsEditor editor, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [BindProperty]
    public string? Text { get; set; }

    public int Words { get; private set; }

    public void OnGet()
    {
        Text = editor.FileText;
        Words = editor.Current.Count;
    }

    public IActionResult OnPost()
    {
        var result = editor.Save(Text);
        Words = editor.Current.Count;
        if (!result.Succeeded)
        {
            // Shown with what was typed, so the named line can be corrected in place.
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Text), error.Message);
            }

            return Page();
        }

        Status(text["Synonyms_Saved", result.Value!.Count]);
        return RedirectToPage();
    }
}
