using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>The cases the viewer may open, and a new case in one of the viewer's municipalities.</summary>
[Authorize(Policy = CaseMatchingPlugin.CaseWorkPolicy)]
public sealed class CasesIndexModel(CaseAccess access, CaseService cases, PortalDbContext db, TimeProvider time) : CasePageModel(access)
{
    public const string FormKey = "new-case";

    public IReadOnlyList<Case> Cases { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> MunicipalityNames { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Where the viewer may open a case; empty for coordinators, who do not open cases.</summary>
    public IReadOnlyList<Choice> OwnMunicipalities { get; private set; } = [];

    public IReadOnlyList<Choice> Partners { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public NewCaseForm NewCase { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        NewCase = new NewCaseForm { OpenedOn = FormValues.Input(Today) };
    }

    public async Task<IActionResult> OnPostCreateAsync([Bind(Prefix = "NewCase")] NewCaseForm form, CancellationToken ct)
    {
        var opened = Date(form.OpenedOn, $"{FormKey}.OpenedOn");
        var input = new CaseInput(form.MunicipalityId, form.PartnerId, form.Household, form.HouseholdSize, null, opened, null, null);
        return await OutcomeAsync(
            async () => await cases.CreateAsync(await ViewerAsync(ct), input, ct), FormKey,
            created =>
            {
                Status(Texts.Format("Case_Created", created.Code));
                return RedirectToPage("Case", new { id = created.Id });
            },
            async () =>
            {
                await LoadAsync(ct);
                NewCase = form;
                return Page();
            });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        Today = CaseDay.Today(time);
        Cases = await cases.ListAsync(viewer, ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        MunicipalityNames = municipalities.ToDictionary(m => m.Id, m => m.Name);
        OwnMunicipalities = viewer.IsManager
            ? municipalities.Where(m => viewer.Municipalities.Contains(m.Id)).Select(m => new Choice(m.Id.ToString(), m.Name)).ToList()
            : [];
        Partners = (await StaffDirectory.ManagersAsync(db, ct)).Where(p => p.Value != viewer.UserId.ToString()).ToList();
    }
}
