using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Plugins.CaseMatching.Access;

/// <summary>
/// Vertretungen the viewer gave, received or arranged, and a new one: managers for themselves, coordinators also
/// for the managers of their municipalities (the service checks that).
/// </summary>
[Authorize(Policy = CaseMatchingPlugin.CaseWorkPolicy)]
public sealed class SubstitutionsModel(
    CaseAccess access, SubstitutionService substitutions, PortalDbContext db, IOptions<PortalOptions> options, TimeProvider time) : CasePageModel(access)
{
    public const string FormKey = "substitution";

    public IReadOnlyList<Substitution> List { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Emails { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<Choice> Candidates { get; private set; } = [];

    public bool MayChooseAbsent { get; private set; }

    public Guid ViewerId { get; private set; }

    public DateOnly Today { get; private set; }

    public SubstitutionForm Form { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form = new SubstitutionForm { StartsOn = FormValues.Input(Today) };
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Substitution")] SubstitutionForm form, CancellationToken ct)
    {
        var starts = Date(form.StartsOn, $"{FormKey}.StartsOn");
        var ends = Date(form.EndsOn, $"{FormKey}.EndsOn");
        var input = new SubstitutionInput(form.AbsentUserId, form.SubstituteUserId, starts, ends);
        return await OutcomeAsync(
            async () => await substitutions.GrantAsync(await ViewerAsync(ct), input, BaseUrl(), ct), FormKey,
            _ =>
            {
                Status(Texts.Get("Substitution_Created"));
                return RedirectToPage();
            },
            async () =>
            {
                await LoadAsync(ct);
                Form = form;
                return Page();
            });
    }

    public string Email(Guid id) => Emails.GetValueOrDefault(id, string.Empty);

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        ViewerId = viewer.UserId;
        Today = CaseDay.Today(time);
        MayChooseAbsent = viewer.IsCoordinator;
        List = await substitutions.ListAsync(viewer, ct);

        var candidates = await substitutions.CandidatesAsync(viewer, ct);
        Candidates = candidates.Select(c => new Choice(c.Id.ToString(), c.Email)).ToList();
        Emails = await StaffDirectory.EmailsAsync(db, List.SelectMany(s => new[] { s.AbsentUserId, s.SubstituteUserId }).Append(viewer.UserId), ct);
    }

    private string BaseUrl() => options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{Request.Scheme}://{Request.Host}";
}
