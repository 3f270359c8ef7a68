using System.Globalization;
using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Content;

public sealed record PageOwnerDto(string Slug, string Name);

/// <summary>A row of the page list; <see cref="Cultures"/> gives each culture's state (Missing, Draft, Published, PublishedWithChanges, Outdated).</summary>
public sealed record PageSummaryDto(Guid Id, string Owner, string Path, string Title, IReadOnlyDictionary<string, string> Cultures);

public sealed record PageVariantDto(
    string Culture, string Title, string Body, string State, string TranslationStatus, int Revision, int? PublishedRevision,
    DateTime? PublishedAt, DateTime? PublishAt, DateTime? UnpublishAt, string? PublicUrl);

public sealed record PageDto(
    Guid Id, string Owner, Guid? ParentId, string Slug, int SortOrder, string Path, IReadOnlyList<PageVariantDto> Variants,
    IReadOnlyDictionary<string, string> TranslationStatus);

public sealed record CreatePageDto(string? Owner, Guid? ParentId, string? Title, string? Slug, int SortOrder, string? Body);

public sealed record PageStructureDto(string? Slug, int SortOrder);

public sealed record SaveVariantDto(string? Title, string? Body, bool Publish);

/// <summary>Times in ISO 8601 with an offset (2027-01-31T08:00:00+01:00); empty or null clears the schedule.</summary>
public sealed record PageScheduleDto(string? PublishAt, string? UnpublishAt);

public sealed record RollbackDto(int Revision, bool? Publish);

public sealed record PageVersionDto(int Revision, string Title, string Body, DateTime CreatedAt, string? CreatedBy, string Reason, bool IsCurrent, bool IsPublished);

/// <summary>The page editor of the back office as API calls (Content/Index, Create, Edit, History), on the same <see cref="PageService"/>.</summary>
public static class PagesApi
{
    public static IEndpointRouteBuilder MapPagesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/pages").WithTags("Seiten").RequireAuthorization(Policies.Content);
        group.MapGet("/owners", OwnersAsync).WithName("ListPageOwners").WithSummary("Die Seitenbereiche (Gemeinden, Portal), die ich bearbeiten darf");
        group.MapGet("/", ListAsync).WithName("ListPages").WithSummary("Seiten eines Bereichs (owner: Gemeinde-Slug oder _portal) mit dem Stand jeder Sprache");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetPage").WithSummary("Eine Seite mit allen Sprachfassungen und ihrem Übersetzungsstand");
        group.MapPost("/", CreateAsync).WithName("CreatePage").WithSummary("Seite anlegen (als deutscher Entwurf)");
        group.MapPut("/{id:guid}", UpdateStructureAsync).WithName("UpdatePageStructure").WithSummary("Adresse (Slug) und Reihenfolge einer Seite ändern");
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeletePage").WithSummary("Seite löschen (ohne Unterseiten)");
        group.MapPut("/{id:guid}/variants/{culture}", SaveVariantAsync).WithName("SavePageVariant")
            .WithSummary("Entwurf einer Sprachfassung speichern, mit publish=true zugleich veröffentlichen");
        group.MapPost("/{id:guid}/variants/{culture}/publish", PublishAsync).WithName("PublishPageVariant").WithSummary("Sprachfassung veröffentlichen");
        group.MapPost("/{id:guid}/variants/{culture}/unpublish", UnpublishAsync).WithName("UnpublishPageVariant").WithSummary("Veröffentlichung zurückziehen");
        group.MapPut("/{id:guid}/variants/{culture}/schedule", ScheduleAsync).WithName("SchedulePageVariant")
            .WithSummary("Veröffentlichung und ihr Ende planen (ISO 8601 mit Zeitzone)");
        group.MapGet("/{id:guid}/variants/{culture}/versions", VersionsAsync).WithName("ListPageVersions").WithSummary("Die Versionen einer Sprachfassung, neueste zuerst");
        group.MapPost("/{id:guid}/variants/{culture}/rollback", RollbackAsync).WithName("RollbackPageVariant")
            .WithSummary("Eine frühere Version wiederherstellen und (wenn nicht publish=false) veröffentlichen");
        return app;
    }

    private static async Task<Ok<List<PageOwnerDto>>> OwnersAsync(ClaimsPrincipal user, PageService pages, CancellationToken ct) =>
        TypedResults.Ok((await pages.OwnersAsync(StaffActor.Of(user), ct)).Select(o => new PageOwnerDto(o.Slug, o.Name)).ToList());

    private static async Task<Results<Ok<List<PageSummaryDto>>, ProblemHttpResult>> ListAsync(
        string? owner, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var owners = await pages.OwnersAsync(StaffActor.Of(user), ct);
        var chosen = owner is null ? owners : owners.Where(o => o.Slug == owner).ToList();
        if (chosen.Count == 0 && owner is not null)
        {
            return Problems.NotFound(text["Api_PageOwnerNotFound"]);
        }

        var rows = new List<PageSummaryDto>();
        foreach (var tree in chosen)
        {
            var list = await pages.ListAsync(tree, ct);
            rows.AddRange(list.Select(p => new PageSummaryDto(p.Id, tree.Slug, PagePaths.Of(p, list), p.Variant(PortalCulture.SourceKey)?.Title ?? p.Slug,
                PortalCulture.All.ToDictionary(c => c.Key, c => StateOf(p, c.Key)))).OrderBy(r => r.Path, StringComparer.Ordinal));
        }

        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<PageDto>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        await pages.FindForEditAsync(id, StaffActor.Of(user), ct) is { } page
            ? TypedResults.Ok(await ToDtoAsync(page, pages, ct))
            : Problems.NotFound(text["Api_PageNotFound"]);

    private static async Task<Results<Created<PageDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreatePageDto dto, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(dto.Owner))
        {
            return Problems.Validation("owner", text["Api_PageOwnerRequired"]);
        }

        var actor = StaffActor.Of(user);
        if ((await pages.OwnersAsync(actor, ct)).FirstOrDefault(o => o.Slug == dto.Owner) is not { } owner)
        {
            return Problems.NotFound(text["Api_PageOwnerNotFound"]);
        }

        var result = await pages.CreateAsync(CreatePage.From(owner.Id, dto.ParentId, dto.Slug, dto.SortOrder, dto.Title, dto.Body), actor, ct);
        var created = result.Succeeded ? await ToDtoAsync((await pages.FindForEditAsync(result.Value!.Id, actor, ct))!, pages, ct) : null;
        return result.ToHttp(page => TypedResults.Created($"/api/v1/pages/{page.Id}", created!), text["Api_PageNotFound"]);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> UpdateStructureAsync(
        Guid id, PageStructureDto dto, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await pages.UpdateStructureAsync(id, dto.Slug?.Trim() ?? string.Empty, dto.SortOrder, StaffActor.Of(user), ct)).ToNoContent(text["Api_PageNotFound"]);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await pages.DeleteAsync(id, StaffActor.Of(user), ct)).ToNoContent(text["Api_PageNotFound"]);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SaveVariantAsync(
        Guid id, string culture, SaveVariantDto dto, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var result = await pages.SaveAsync(new SaveVariant(id, culture, dto.Title ?? string.Empty, dto.Body ?? string.Empty, dto.Publish), StaffActor.Of(user), ct);
        return result.ToHttp(_ => TypedResults.NoContent(), text["Api_PageNotFound"]);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> PublishAsync(
        Guid id, string culture, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await pages.PublishAsync(id, culture, StaffActor.Of(user), ct)).ToNoContent(text["Api_PageVariantNotFound"]);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> UnpublishAsync(
        Guid id, string culture, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await pages.UnpublishAsync(id, culture, StaffActor.Of(user), ct)).ToNoContent(text["Api_PageVariantNotFound"]);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ScheduleAsync(
        Guid id, string culture, PageScheduleDto dto, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var errors = new Validator();
        var publishAt = ParseTime(dto.PublishAt, "publishAt", errors, text);
        var unpublishAt = ParseTime(dto.UnpublishAt, "unpublishAt", errors, text);
        var result = errors.IsValid
            ? await pages.ScheduleAsync(new SchedulePage(id, culture, publishAt, unpublishAt), StaffActor.Of(user), ct)
            : errors.ToResult();
        return result.ToNoContent(text["Api_PageVariantNotFound"]);
    }

    private static async Task<Results<Ok<List<PageVersionDto>>, ProblemHttpResult>> VersionsAsync(
        Guid id, string culture, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        if (await pages.VersionsAsync(id, culture, StaffActor.Of(user), ct) is not { } found)
        {
            return Problems.NotFound(text["Api_PageVariantNotFound"]);
        }

        var (variant, versions) = found;
        return TypedResults.Ok(versions.Select(v => new PageVersionDto(
            v.Revision, v.Title, v.Body, v.CreatedAt, v.CreatedBy, v.Reason, v.Revision == variant.Revision, v.Revision == variant.PublishedRevision)).ToList());
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RollbackAsync(
        Guid id, string culture, RollbackDto dto, ClaimsPrincipal user, PageService pages, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await pages.RollbackAsync(id, culture, dto.Revision, dto.Publish ?? true, StaffActor.Of(user), ct)).ToNoContent(text["Api_PageVersionNotFound"]);

    private static async Task<PageDto> ToDtoAsync(Page page, PageService pages, CancellationToken ct)
    {
        var path = await pages.PathAsync(page, ct);
        var variants = PortalCulture.All.Select(c => page.Variant(c.Key)).OfType<PageVariant>().Select(v => new PageVariantDto(
            v.Culture, v.Title, v.Body, v.State.ToString(), PageService.TranslationStatusOf(page, v.Culture).ToString(), v.Revision, v.PublishedRevision,
            v.PublishedAt, v.PublishAt, v.UnpublishAt, v.IsPublished ? PagePaths.PublicUrl(v.Culture, page, path) : null)).ToList();
        return new PageDto(page.Id, page.Municipality?.Slug ?? PageOwner.PortalSlug, page.ParentId, page.Slug, page.SortOrder, path, variants,
            PortalCulture.All.ToDictionary(c => c.Key, c => PageService.TranslationStatusOf(page, c.Key).ToString()));
    }

    /// <summary>The state an editor sees in the list: a translation older than the German text is "Outdated" first.</summary>
    private static string StateOf(Page page, string culture) =>
        PageService.TranslationStatusOf(page, culture) is var status && status != TranslationStatus.UpToDate
            ? status.ToString()
            : page.Variant(culture)!.State.ToString();

    private static DateTime? ParseTime(string? value, string field, Validator errors, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time.UtcDateTime;
        }

        errors.Add(field, text["Api_InvalidDateTime"]);
        return null;
    }
}
