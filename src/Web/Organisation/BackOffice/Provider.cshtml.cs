using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Organisation.BackOffice;

public sealed class ProviderInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }
}

public sealed class ProviderEditModel(OrganisationEditor editor, IStringLocalizer<SharedResource> text)
    : OrganisationEditModel(editor, text)
{
    [BindProperty]
    public ProviderInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var item = await Editor.FindProviderAsync(id, ct);
            if (item is null)
            {
                return NotFound();
            }

            Input = new ProviderInput { Name = item.Name, Slug = item.Slug, Email = item.Email, Website = item.Website };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        Saved(await Editor.SaveAsync(Id, new SaveProvider(Input.Name, Input.Slug, Input.Email, Input.Website), ct));

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => DeleteAsync<Provider>(ct);
}
