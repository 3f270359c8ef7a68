using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>
/// One case: facts, counselling clock, confidential notes, consents, the plan with its history, needs and referrals.
/// Every view of the page is a logged read. The forms are in <c>Case.Handlers.cs</c>.
/// </summary>
[Authorize(Policy = CaseMatchingPlugin.CaseWorkPolicy)]
public sealed partial class CaseModel(
    CaseAccess access, CaseService cases, PlanService plans, NeedService needs, PortalDbContext db, TimeProvider time) : CasePageModel(access)
{
    public const string EditKey = "case";
    public const string ExtensionKey = "extension";
    public const string NewGoalKey = "new-goal";

    public Case Case { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public ClockState Clock { get; private set; }

    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public IReadOnlyList<Need> Needs { get; private set; } = [];

    /// <summary>All municipalities (slug, name): a need may take place outside the case's municipality.</summary>
    public IReadOnlyList<Choice> Municipalities { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> MunicipalityNames { get; private set; } = new Dictionary<Guid, string>();

    public string MunicipalitySlug { get; private set; } = string.Empty;

    public IReadOnlyList<Choice> Partners { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Emails { get; private set; } = new Dictionary<Guid, string>();

    public bool MaySeeAccessLog { get; private set; }

    public CaseForm Edit { get; private set; } = new();

    public GoalForm NewGoal { get; private set; } = new();

    public string? ExtensionReason { get; private set; }

    /// <summary>A goal or need form that came back with messages, keyed by its goal, to show again as typed.</summary>
    public (Guid GoalId, GoalForm Form)? PostedGoal { get; private set; }

    public (Guid GoalId, NeedForm Form)? PostedNeed { get; private set; }

    public static string ConsentKey(ConsentPurpose purpose) => $"consent-{purpose}";

    public static string GoalKey(Guid goalId) => $"goal-{goalId:N}";

    public static string NeedKey(Guid goalId) => $"need-{goalId:N}";

    public GoalForm FormFor(Goal goal) => PostedGoal is { } posted && posted.GoalId == goal.Id ? posted.Form : GoalForm.From(goal, Today);

    public NeedForm NeedFormFor(Goal goal) => PostedNeed is { } posted && posted.GoalId == goal.Id
        ? posted.Form
        : new NeedForm { Municipality = MunicipalitySlug, GermanLevel = "none", MaxTravelKm = NeedService.DefaultTravelKm.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public string Email(Guid? userId) => userId is { } id ? Emails.GetValueOrDefault(id, string.Empty) : string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Edit = CaseForm.From(Case);
        return Page();
    }

    /// <summary>Reads the case (a logged read) and what the page shows with it; false when out of reach.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        var found = await cases.ReadAsync(viewer, id, Texts.Get("Read_Case"), ct);
        if (found is null)
        {
            return false;
        }

        Case = found;
        Today = CaseDay.Today(time);
        Clock = CounsellingClock.State(found.OpenedOn, found.ExtensionReason, Today);
        Goals = found.Goals.OrderBy(g => g.Revisions.Count > 0 ? g.Revisions.Min(r => r.ChangedAt) : g.UpdatedAt).ToList();
        Needs = await needs.ForCaseAsync(id, ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Slug, m.Name }).ToListAsync(ct);
        Municipalities = municipalities.Select(m => new Choice(m.Slug, m.Name)).ToList();
        MunicipalityNames = municipalities.ToDictionary(m => m.Id, m => m.Name);
        MunicipalitySlug = municipalities.FirstOrDefault(m => m.Id == found.MunicipalityId)?.Slug ?? string.Empty;
        Partners = (await StaffDirectory.ManagersAsync(db, ct)).Where(p => p.Value != found.OwnerId.ToString()).ToList();
        Emails = await StaffDirectory.EmailsAsync(db, new[] { found.OwnerId, found.PartnerId ?? Guid.Empty }, ct);
        MaySeeAccessLog = found.OwnerId == viewer.UserId || viewer.IsAdministrator;
        NewGoal = GoalForm.New(Today);
        return true;
    }
}
