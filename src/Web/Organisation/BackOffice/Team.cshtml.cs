using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Organisation.BackOffice;

public sealed class TeamInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public TeamKind Kind { get; set; }

    public Guid? DistrictId { get; set; }

    public Guid? ProviderId { get; set; }

    public List<Guid> MunicipalityIds { get; set; } = [];
}

public sealed class TeamEditModel(PortalDbContext db, OrganisationEditor editor, IStringLocalizer<SharedResource> text)
    : OrganisationEditModel(editor, text)
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Providers { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var item = await Editor.FindTeamAsync(id, ct);
            if (item is null)
            {
                return NotFound();
            }

            Input = new TeamInput
            {
                Name = item.Name, Slug = item.Slug, Kind = item.Kind, DistrictId = item.DistrictId, ProviderId = item.ProviderId,
                MunicipalityIds = item.Municipalities.Select(m => m.Id).ToList(),
            };
        }

        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        return Saved(await Editor.SaveAsync(Id, new SaveTeam(Input.Name, Input.Slug, Input.Kind.ToString(), Input.DistrictId, Input.ProviderId, Input.MunicipalityIds), Core.Common.StaffActor.Of(User), ct));
    }

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => DeleteAsync<Team>(ct);

    private async Task LoadListsAsync(CancellationToken ct)
    {
        Districts = await db.Districts.OrderBy(d => d.Name).Select(d => new SelectListItem(d.Name, d.Id.ToString())).ToListAsync(ct);
        Providers = await db.Providers.OrderBy(p => p.Name).Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync(ct);
        Municipalities = await db.Municipalities.OrderBy(m => m.Name)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(), Input.MunicipalityIds.Contains(m.Id))).ToListAsync(ct);
    }
}
