using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Organisation.BackOffice;

public sealed class MunicipalityInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? OfficialKey { get; set; }

    public Guid? DistrictId { get; set; }

    public string? Postcodes { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }
}

public sealed class MunicipalityEditModel(PortalDbContext db, OrganisationEditor editor, IStringLocalizer<SharedResource> text)
    : OrganisationEditModel(editor, text)
{
    [BindProperty]
    public MunicipalityInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (Id is { } id)
        {
            var item = await Editor.FindMunicipalityAsync(id, ct);
            if (item is null)
            {
                return NotFound();
            }

            Input = new MunicipalityInput
            {
                Name = item.Name, Slug = item.Slug, OfficialKey = item.OfficialKey, DistrictId = item.DistrictId,
                Postcodes = string.Join(", ", item.Postcodes), Latitude = FormatNumber(item.Latitude), Longitude = FormatNumber(item.Longitude),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        var (latitude, longitude) = (ParseNumber(Input.Latitude), ParseNumber(Input.Longitude));
        if (latitude is null || longitude is null)
        {
            AddErrors(OperationResult.Invalid("Latitude", Text["Validation_Coordinates"]));
            return Page();
        }

        var postcodes = (Input.Postcodes ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        return Saved(await Editor.SaveAsync(Id, new SaveMunicipality(Input.Name, Input.Slug, Input.OfficialKey, Input.DistrictId, postcodes, latitude.Value, longitude.Value), ct));
    }

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => DeleteAsync<Municipality>(ct);

    private async Task LoadListsAsync(CancellationToken ct) =>
        Districts = await db.Districts.OrderBy(d => d.Name).Select(d => new SelectListItem(d.Name, d.Id.ToString())).ToListAsync(ct);
}
