using Microsoft.AspNetCore.Authorization;
using IntegrationsNetz.Web.Common.Pages;
using System.ComponentModel.DataAnnotations;
using IntegrationsNetz.Core.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Accounts.BackOffice;

/// <summary>The one-time page behind the setup link printed at first boot.</summary>
[AllowAnonymous]
public sealed class SetupModel(SetupService setup, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool TokenValid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        TokenValid = await setup.IsValidTokenAsync(Token);
        return TokenValid ? Page() : NotFoundPage();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        TokenValid = await setup.IsValidTokenAsync(Token);
        if (!TokenValid)
        {
            return NotFoundPage();
        }

        if (string.IsNullOrWhiteSpace(Email) || !new EmailAddressAttribute().IsValid(Email))
        {
            ModelState.AddModelError(nameof(Email), text["Validation_Email"]);
            return Page();
        }

        var result = await setup.CompleteAsync(Token!, Email.Trim(), Password ?? string.Empty);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(Password));
            return Page();
        }

        Status(text["Setup_Done"]);
        return Redirect("/backoffice/login");
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
