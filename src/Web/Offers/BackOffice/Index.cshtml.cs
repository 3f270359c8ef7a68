using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Offers.BackOffice;

public sealed record OfferRow(Guid Id, string Title, OfferKind Kind, string Municipalities, OfferStatus Status, DateOnly? LastChecked);

/// <summary>The directory as editors see it: every offer of their municipalities, drafts included.</summary>
[Authorize(Policy = Policies.Content)]
public sealed class OffersIndexModel(PortalDbContext db, ContentAccess access, OfferService offers, IStringLocalizer<SharedResource> text, TimeProvider time) : BackOfficePageModel
{
    [BindProperty(SupportsGet = true)]
    public OfferKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only offers due to be checked again (see <see cref="OfferChecks"/>): the start page links here.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Unchecked { get; set; }

    public IReadOnlyList<OfferRow> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = (await access.MunicipalitiesAsync(User))?.ToList();
        var query = db.Offers.AsNoTracking().Include(o => o.Texts).Include(o => o.Municipalities)
            .Where(o => scope == null || o.Municipalities.Any(m => scope.Contains(m.Id)));
        var offers = await query.ToListAsync(ct);
        Today = Core.Common.Clock.TodayInGermany(time);
        Rows = offers
            .Where(o => Kind is null || o.Kind == Kind)
            .Where(o => !Unchecked || OfferChecks.IsDue(o.LastCheckedOn, Today))
            .Where(o => string.IsNullOrWhiteSpace(Q) || o.TitleIn("de").Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(o => o.TitleIn("de"), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de"), true))
            .Select(o => new OfferRow(o.Id, o.TitleIn("de"), o.Kind, string.Join(", ", o.Municipalities.Select(m => m.Name)), o.Status, o.LastCheckedOn))
            .ToList();
    }

    /// <summary>"Heute geprüft": the offer is still as described; back to the same list, where it is then no longer due.</summary>
    public async Task<IActionResult> OnPostCheckedAsync(Guid id, CancellationToken ct) =>
        Reported(await offers.MarkCheckedAsync(id, Core.Common.StaffActor.Of(User), ct), text["Offers_CheckedToday"],
            () => RedirectToPage(new { kind = Kind, q = Q, @unchecked = Unchecked ? "true" : null }));
}
