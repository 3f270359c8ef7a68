using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Content.BackOffice;

public sealed class CreatePageInput
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    /// <summary>Text, so that an empty field is noticed (see <see cref="SortOrderInput"/>).</summary>
    public string? SortOrder { get; set; } = "0";

    public string? Body { get; set; }
}

/// <summary>A new page starts as a German draft; translations are added on the edit page.</summary>
[Authorize(Policy = Policies.Content)]
public sealed class PageCreateModel(PageService pages, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Parent { get; set; }

    [BindProperty]
    public CreatePageInput Input { get; set; } = new();

    public string OwnerName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FindOwnerAsync(ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var owner = await FindOwnerAsync(ct);
        if (owner is null)
        {
            return NotFound();
        }

        if (SortOrderInput.Parse(Input.SortOrder) is not { } sortOrder)
        {
            ModelState.AddModelError("Input.SortOrder", text[SortOrderInput.MessageKey]);
            return Page();
        }

        var result = await pages.CreateAsync(CreatePage.From(owner.Id, Parent, Input.Slug, sortOrder, Input.Title, Input.Body), StaffActor.Of(User), ct);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        Status(text["Create_Done"]);
        return Redirect($"/backoffice/pages/{result.Value!.Id}/{PortalCulture.SourceKey}");
    }

    private async Task<PageOwner?> FindOwnerAsync(CancellationToken ct)
    {
        var owner = (await pages.OwnersAsync(StaffActor.Of(User), ct)).FirstOrDefault(o => o.Slug == Owner);
        OwnerName = owner?.Name ?? string.Empty;
        return owner;
    }
}
