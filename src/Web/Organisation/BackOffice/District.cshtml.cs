using IntegrationsNetz.Core.Data;
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

public sealed class DistrictEditModel(PortalDbContext db, OrganisationService service, IStringLocalizer<SharedResource> text)
    : OrganisationEditModel(service, text)
{
    [BindProperty]
    public DistrictInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var item = await db.Districts.FindAsync([id], ct);
            if (item is null)
            {
                return NotFound();
            }

            Input = new DistrictInput { Name = item.Name, Slug = item.Slug, OfficialKey = item.OfficialKey };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var item = Id is { } id ? await db.Districts.FindAsync([id], ct) : new District { Name = string.Empty, Slug = string.Empty };
        if (item is null)
        {
            return NotFound();
        }

        (item.Name, item.Slug, item.OfficialKey) = (Input.Name?.Trim() ?? string.Empty, Input.Slug?.Trim() ?? string.Empty, string.IsNullOrWhiteSpace(Input.OfficialKey) ? null : Input.OfficialKey.Trim());
        return Saved(await Service.SaveAsync(item, ct));
    }

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => DeleteAsync<District>(ct);
}
