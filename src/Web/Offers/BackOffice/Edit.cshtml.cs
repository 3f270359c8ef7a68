using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Offers;
using IntegrationsNetz.Web.Search;
using IntegrationsNetz.Web.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Offers.BackOffice;

/// <summary>Creates and edits one offer. Editors work on offers of the municipalities they work for.</summary>
[Authorize(Policy = Policies.Content)]
public sealed class OfferEditModel(PortalDbContext db, OfferService offers, ContentAccess access, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [FromRoute]
    public Guid? Id { get; set; }

    [FromRoute(Name = "kind")]
    public string? NewKind { get; set; }

    [BindProperty]
    public OfferForm Input { get; set; } = new();

    public OfferKind Kind { get; private set; }

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var offer = await LoadAsync(ct);
        if (offer is null && !IsNew)
        {
            return NotFound();
        }

        if (IsNew && !Enum.TryParse<OfferKind>(NewKind, out _))
        {
            return NotFound();
        }

        Input = offer is null ? new OfferForm { StepFree = nameof(StepFreeAccess.Unknown) } : OfferForm.From(OfferMapping.ToDto(offer));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var existing = await LoadAsync(ct);
        if ((existing is null && !IsNew) || (IsNew && !Enum.TryParse<OfferKind>(NewKind, out _)))
        {
            return NotFound();
        }

        var errors = new List<FieldError>();
        var dto = Input.ToDto(Kind.ToString(), errors);
        var outside = Input.Municipalities.Where(slug => Municipalities.All(m => m.Slug != slug)).ToList();
        if (outside.Count > 0)
        {
            errors.Add(new FieldError(nameof(OfferForm.Municipalities), text["Offers_OutsideScope"]));
        }

        // Municipalities outside the editor's scope stay as they were: an office may serve towns the editor does not.
        var all = await db.Municipalities.ToListAsync(ct);
        var kept = existing?.Municipalities.Where(m => Municipalities.All(s => s.Id != m.Id)).Select(m => m.Slug) ?? [];
        dto = dto with { Municipalities = Input.Municipalities.Concat(kept).Distinct().ToList() };
        var offer = errors.Count == 0 ? OfferMapping.Apply(dto, existing, all, errors) : null;
        if (offer is null || errors.Count > 0)
        {
            AddErrors(errors.Select(e => e with { Field = Pascal(e.Field) }));
            return Page();
        }

        var result = await offers.SaveAsync(offer, Core.Common.StaffActor.Of(User), ct);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors.Select(e => e with { Field = Pascal(e.Field) }));
            return Page();
        }

        Status(text["Offers_Saved"]);
        return Redirect($"/backoffice/offers/{offer.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } offer)
        {
            return NotFound();
        }

        await offers.DeleteAsync(offer.Id, Core.Common.StaffActor.Of(User), ct);
        Status(text["Offers_Deleted"]);
        return Redirect("/backoffice/offers");
    }

    private async Task<Offer?> LoadAsync(CancellationToken ct)
    {
        var scope = await access.MunicipalitiesAsync(User);
        Municipalities = (await db.Municipalities.OrderBy(m => m.Name).ToListAsync(ct)).Where(m => scope is null || scope.Contains(m.Id)).ToList();
        if (Id is not { } id)
        {
            Kind = Enum.TryParse<OfferKind>(NewKind, out var kind) ? kind : OfferKind.LanguageCourse;
            return null;
        }

        var offer = await offers.FindAsync(id, ct);
        if (offer is null || (scope is not null && !offer.Municipalities.Any(m => scope.Contains(m.Id))))
        {
            return null;
        }

        Kind = offer.Kind;
        return offer;
    }

    private static string Pascal(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}
