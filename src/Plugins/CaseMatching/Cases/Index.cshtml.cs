using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>
/// The cases the viewer may open, found by code, filtered and sorted with a plain GET form (so it works without
/// JavaScript and every view has its link), and a new case in one of the viewer's municipalities.
/// </summary>
[Authorize(Policy = CaseMatchingPlugin.CaseWorkPolicy)]
public sealed class CasesIndexModel(CaseAccess access, CaseService cases, PortalDbContext db, TimeProvider time) : CasePageModel(access)
{
    public const string FormKey = "new-case";

    /// <summary>The key of the search form's messages.</summary>
    public const string SearchKey = "cases";

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "review")]
    public string? Review { get; set; }

    [BindProperty(SupportsGet = true, Name = "owner")]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public CaseListQuery Query { get; private set; } = new();

    public IReadOnlyList<CaseListRow> Cases { get; private set; } = [];

    /// <summary>The review filter's options; "fällig" names its number of days, which the query defines.</summary>
    public static IReadOnlyList<Choice> ReviewChoices =>
        Choices.Of<CaseReview>().Select(c => c.Value == nameof(CaseReview.DueSoon) ? c with { Label = Texts.Format("CaseReview_DueSoon", CaseListQuery.DueSoonDays) } : c).ToList();

    /// <summary>Whether the list is narrowed, so an empty list says "nothing found" rather than "no cases".</summary>
    public bool Filtered => Query != new CaseListQuery();

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
        var (query, errors) = CaseListQuery.Parse(Code, StatusFilter, Review, Owner, Sort);
        AddErrors(errors, SearchKey);
        Query = query;
        Cases = await cases.ListAsync(viewer, query, ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        MunicipalityNames = municipalities.ToDictionary(m => m.Id, m => m.Name);
        OwnMunicipalities = viewer.IsManager
            ? municipalities.Where(m => viewer.Municipalities.Contains(m.Id)).Select(m => new Choice(m.Id.ToString(), m.Name)).ToList()
            : [];
        Partners = (await StaffDirectory.ManagersAsync(db, ct)).Where(p => p.Value != viewer.UserId.ToString()).ToList();
    }
}
