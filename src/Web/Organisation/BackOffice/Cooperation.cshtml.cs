using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Organisation.BackOffice;

public sealed class CooperationInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Description { get; set; }

    public List<Guid> MunicipalityIds { get; set; } = [];

    public List<Guid> ProviderIds { get; set; } = [];
}

public sealed class CooperationEditModel(PortalDbContext db, OrganisationEditor editor, IStringLocalizer<SharedResource> text)
    : OrganisationEditModel(editor, text)
{
    [BindProperty]
    public CooperationInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var item = await Editor.FindCooperationAsync(id, ct);
            if (item is null)
            {
                return NotFound();
            }

            Input = new CooperationInput
            {
                Name = item.Name, Slug = item.Slug, Description = item.Description,
                MunicipalityIds = item.Municipalities.Select(m => m.Id).ToList(), ProviderIds = item.Providers.Select(p => p.Id).ToList(),
            };
        }

        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        return Saved(await Editor.SaveAsync(Id, new SaveCooperation(Input.Name, Input.Slug, Input.Description, Input.MunicipalityIds, Input.ProviderIds), Core.Common.StaffActor.Of(User), ct));
    }

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => DeleteAsync<Cooperation>(ct);

    private async Task LoadListsAsync(CancellationToken ct)
    {
        Municipalities = await db.Municipalities.OrderBy(m => m.Name)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(), Input.MunicipalityIds.Contains(m.Id))).ToListAsync(ct);
        Providers = await db.Providers.OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(), Input.ProviderIds.Contains(p.Id))).ToListAsync(ct);
    }
}
