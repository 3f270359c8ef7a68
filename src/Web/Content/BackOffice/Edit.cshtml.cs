using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Content.BackOffice;

public sealed class VariantInput
{
    public string? Title { get; set; }

    public string? Body { get; set; }
}

public sealed class ScheduleInput
{
    public DateTime? PublishAt { get; set; }

    public DateTime? UnpublishAt { get; set; }
}

public sealed class StructureInput
{
    public string? Slug { get; set; }

    /// <summary>Text, so that an empty field is noticed (see <see cref="SortOrderInput"/>).</summary>
    public string? SortOrder { get; set; }
}

/// <summary>Edits one culture of a page: draft, publish, schedule; for German also address, order and deletion.</summary>
[Authorize(Policy = Policies.Content)]
public sealed class PageEditModel(PageService pages, MarkdownRenderer markdown, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    // Editors think in German local time; the database keeps UTC.
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute(Name = "culture")]
    public string CultureKey { get; set; } = PortalCulture.SourceKey;

    [BindProperty]
    public VariantInput Input { get; set; } = new();

    [BindProperty]
    public ScheduleInput Schedule { get; set; } = new();

    [BindProperty]
    public StructureInput Structure { get; set; } = new();

    public PortalCulture CultureInfo { get; private set; } = PortalCulture.German;

    public PageVariant? Variant { get; private set; }

    public PageVariant? Source { get; private set; }

    public string Path { get; private set; } = string.Empty;

    public string OwnerSlug { get; private set; } = PagesIndexModel.PortalOwner;

    public string? PublicUrl { get; private set; }

    public string StateCss { get; private set; } = "missing";

    /// <summary>For an outdated translation: the German text it was made from and the German text now.</summary>
    public SourceChange? SourceChange { get; private set; }

    /// <summary>The entered text as readers would see it (the "Vorschau" button); nothing is saved.</summary>
    public string? PreviewHtml { get; private set; }

    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Berlin);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = new VariantInput { Title = Variant?.Title, Body = Variant?.Body };
        Schedule = new ScheduleInput { PublishAt = ToLocal(Variant?.PublishAt), UnpublishAt = ToLocal(Variant?.UnpublishAt) };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(bool publish, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var saved = await pages.SaveAsync(new SaveVariant(Id, CultureKey, Input.Title ?? string.Empty, Input.Body ?? string.Empty, publish), Actor, ct);
        if (!saved.Succeeded)
        {
            AddErrors(saved.Errors);
            KeepTypedBody();
            return Page();
        }

        Status(publish ? text["Edit_Published"] : text["Edit_Saved"]);
        return RedirectToPage(new { Id, culture = CultureKey });
    }

    /// <summary>Shows the entered Markdown as readers would see it, without saving; the form keeps what was typed.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        PreviewHtml = markdown.ToHtml(Input.Body ?? string.Empty);
        KeepTypedBody();
        return Page();
    }

    /// <summary>
    /// Browsers send a textarea's line breaks as CR LF, and a CR written back into the page is a character reference
    /// HTML does not allow (&amp;#xD;): the text shown again keeps its line breaks as LF, as the saved text has them.
    /// </summary>
    private void KeepTypedBody()
    {
        Input.Body = Input.Body?.ReplaceLineEndings("\n");
        ModelState.SetModelValue("Input.Body", Input.Body, Input.Body);
    }

    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken ct) =>
        ActAsync(() => pages.UnpublishAsync(Id, CultureKey, Actor, ct), text["Edit_Unpublished"], ct);

    public Task<IActionResult> OnPostScheduleAsync(CancellationToken ct) =>
        ActAsync(() => pages.ScheduleAsync(new SchedulePage(Id, CultureKey, ToUtc(Schedule.PublishAt), ToUtc(Schedule.UnpublishAt)), Actor, ct), text["Edit_Scheduled"], ct, "Schedule");

    public Task<IActionResult> OnPostStructureAsync(CancellationToken ct) =>
        ActAsync(
            () => SortOrderInput.Parse(Structure.SortOrder) is { } sortOrder
                ? pages.UpdateStructureAsync(Id, Structure.Slug ?? string.Empty, sortOrder, Actor, ct)
                : Task.FromResult(OperationResult.Invalid("SortOrder", text[SortOrderInput.MessageKey])),
            text["Edit_StructureSaved"], ct, "Structure");

    /// <summary>Deleting takes every language version with it, so it needs the tick that says so (no script needed).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(bool confirmDelete, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!confirmDelete)
        {
            ModelState.AddModelError("Delete", text["Edit_DeleteNotConfirmed"]);
            return Page();
        }

        var result = await pages.DeleteAsync(Id, Actor, ct);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return Page();
        }

        Status(text["Edit_Deleted"]);
        return Redirect($"/backoffice/pages?owner={OwnerSlug}");
    }

    private async Task<IActionResult> ActAsync(Func<Task<OperationResult>> action, string done, CancellationToken ct, string prefix = "Input")
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await action();
        if (!result.Succeeded)
        {
            AddErrors(result, prefix);
            Input = new VariantInput { Title = Variant?.Title, Body = Variant?.Body };
            return Page();
        }

        Status(done);
        return RedirectToPage(new { Id, culture = CultureKey });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var culture = PortalCulture.Find(CultureKey);
        var page = culture is null ? null : await pages.FindForEditAsync(Id, Actor, ct);
        if (page is null)
        {
            return false;
        }

        CultureInfo = culture!;
        Variant = page.Variant(culture!.Key);
        Source = page.Variant(PortalCulture.SourceKey);
        Path = await pages.PathAsync(page, ct);
        OwnerSlug = page.Municipality?.Slug ?? PagesIndexModel.PortalOwner;
        PublicUrl = Variant?.IsPublished == true ? PagePaths.PublicUrl(culture.Key, page, Path) : null;
        StateCss = PagesIndexModel.StateOf(page, culture.Key);
        SourceChange = await pages.SourceChangeAsync(Id, culture.Key, Actor, ct);
        if (Request.Method == HttpMethods.Get || Structure.Slug is null)
        {
            Structure = new StructureInput { Slug = page.Slug, SortOrder = page.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        return true;
    }

    private StaffActor Actor => StaffActor.Of(User);

    private static DateTime? ToLocal(DateTime? utc) => utc is { } value ? Local(value) : null;

    private static DateTime? ToUtc(DateTime? local) =>
        local is { } value ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), Berlin) : null;
}
