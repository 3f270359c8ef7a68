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

public sealed class MunicipalityEditModel(PortalDbContext db, OrganisationService service, IStringLocalizer<SharedResource> text)
    : OrganisationEditModel(service, text)
{
    [BindProperty]
    public MunicipalityInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (Id is { } id)
        {
            var item = await db.Municipalities.FindAsync([id], ct);
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
        var item = Id is { } id ? await db.Municipalities.FindAsync([id], ct) : new Municipality { Name = string.Empty, Slug = string.Empty, OfficialKey = string.Empty };
        if (item is null)
        {
            return NotFound();
        }

        var (latitude, longitude) = (ParseNumber(Input.Latitude), ParseNumber(Input.Longitude));
        if (latitude is null || longitude is null)
        {
            AddErrors(OperationResult.Invalid("Latitude", Text["Validation_Coordinates"]));
            return Page();
        }

        item.Name = Input.Name?.Trim() ?? string.Empty;
        item.Slug = Input.Slug?.Trim() ?? string.Empty;
        item.OfficialKey = Input.OfficialKey?.Trim() ?? string.Empty;
        item.DistrictId = Input.DistrictId;
        item.Postcodes = (Input.Postcodes ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        (item.Latitude, item.Longitude) = (latitude.Value, longitude.Value);
        return Saved(await Service.SaveAsync(item, ct));
    }

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => DeleteAsync<Municipality>(ct);

    private async Task LoadListsAsync(CancellationToken ct) =>
        Districts = await db.Districts.OrderBy(d => d.Name).Select(d => new SelectListItem(d.Name, d.Id.ToString())).ToListAsync(ct);
}
