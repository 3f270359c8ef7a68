using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Organisation.BackOffice;

public sealed class ProviderInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }
}

public sealed class ProviderEditModel(PortalDbContext db, OrganisationService service, IStringLocalizer<SharedResource> text)
    : OrganisationEditModel(service, text)
{
    [BindProperty]
    public ProviderInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var item = await db.Providers.FindAsync([id], ct);
            if (item is null)
            {
                return NotFound();
            }

            Input = new ProviderInput { Name = item.Name, Slug = item.Slug, Email = item.Email, Website = item.Website };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var item = Id is { } id ? await db.Providers.FindAsync([id], ct) : new Provider { Name = string.Empty, Slug = string.Empty };
        if (item is null)
        {
            return NotFound();
        }

        item.Name = Input.Name?.Trim() ?? string.Empty;
        item.Slug = Input.Slug?.Trim() ?? string.Empty;
        item.Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim();
        item.Website = string.IsNullOrWhiteSpace(Input.Website) ? null : Input.Website.Trim();
        return Saved(await Service.SaveAsync(item, ct));
    }

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => DeleteAsync<Provider>(ct);
}
