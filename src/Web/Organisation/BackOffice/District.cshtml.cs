using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Organisation.BackOffice;

public sealed class DistrictInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? OfficialKey { get; set; }
}

public sealed class DistrictEditModel(OrganisationEditor editor, IStringLocalizer<SharedResource> text)
    : OrganisationEditModel(editor, text)
{
    [BindProperty]
    public DistrictInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var item = await Editor.FindDistrictAsync(id, ct);
            if (item is null)
            {
                return NotFound();
            }

            Input = new DistrictInput { Name = item.Name, Slug = item.Slug, OfficialKey = item.OfficialKey };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        Saved(await Editor.SaveAsync(Id, new SaveDistrict(Input.Name, Input.Slug, Input.OfficialKey), ct));

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => DeleteAsync<District>(ct);
}
