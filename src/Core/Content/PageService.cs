using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.ChangeLog;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Content;

/// <summary>
/// Editing, publishing, scheduling and rolling back pages. Each call is one transaction. Every call names its
/// <see cref="StaffActor"/>: editors and coordinators work on the pages of the municipalities they work for, the
/// portal's own pages are the administrators'; anything else answers "not found", for the form and the API alike.
/// </summary>
public sealed class PageService(PortalDbContext db, TimeProvider time)
{
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 100_000;

    private readonly StaffScope _scopes = new(db);

    /// <summary>The page trees the actor may edit: their municipalities by name, then the portal's for administrators.</summary>
    public async Task<IReadOnlyList<PageOwner>> OwnersAsync(StaffActor actor, CancellationToken ct = default)
    {
        var scope = await _scopes.MunicipalitiesAsync(actor.UserId, actor.IsAdministrator, ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        var owners = municipalities.Where(m => scope is null || scope.Contains(m.Id)).Select(m => new PageOwner(m.Slug, m.Name, m.Id)).ToList();
        if (scope is null)
        {
            owners.Add(new PageOwner(PageOwner.PortalSlug, Messages.Get("PortalPagesOwner"), null));
        }

        return owners;
    }

    /// <summary>The pages of one tree with all their variants, for lists (not tracked).</summary>
    public Task<List<Page>> ListAsync(PageOwner owner, CancellationToken ct = default) =>
        db.Pages.AsNoTracking().Include(p => p.Variants).Where(p => p.MunicipalityId == owner.Id).ToListAsync(ct);

    /// <summary>A page with its variants and owner, or null when it does not exist or lies outside the actor's reach.</summary>
    public async Task<Page?> FindForEditAsync(Guid pageId, StaffActor actor, CancellationToken ct = default)
    {
        var page = await db.Pages.AsNoTracking().Include(p => p.Variants).Include(p => p.Municipality).FirstOrDefaultAsync(p => p.Id == pageId, ct);
        return page is not null && await MayEditAsync(actor, page.MunicipalityId, ct) ? page : null;
    }

    /// <summary>The page's address below its owner, e.g. "ankommen/wohnen".</summary>
    public async Task<string> PathAsync(Page page, CancellationToken ct = default) =>
        PagePaths.Of(page, await db.Pages.AsNoTracking().Where(p => p.MunicipalityId == page.MunicipalityId).ToListAsync(ct));

    /// <summary>One variant and its versions, newest first; null when unknown or outside the actor's reach.</summary>
    public async Task<(PageVariant Variant, IReadOnlyList<PageVersion> Versions)?> VersionsAsync(Guid pageId, string culture, StaffActor actor, CancellationToken ct = default)
    {
        var variant = await db.PageVariants.AsNoTracking().Include(v => v.Page)
            .FirstOrDefaultAsync(v => v.PageId == pageId && v.Culture == culture, ct);
        if (variant is null || !await MayEditAsync(actor, variant.Page!.MunicipalityId, ct))
        {
            return null;
        }

        var versions = await db.PageVersions.AsNoTracking().Where(v => v.PageVariantId == variant.Id)
            .OrderByDescending(v => v.Revision).ThenByDescending(v => v.CreatedAt).ToListAsync(ct);
        return (variant, versions);
    }

    /// <summary>
    /// The German text a translation was made from, and the German text now: found among the German variant's
    /// versions by the fingerprint the translation keeps. Null when the translation is up to date, when the version
    /// it was made from is no longer kept, or when the page is outside the actor's reach.
    /// </summary>
    public async Task<SourceChange?> SourceChangeAsync(Guid pageId, string culture, StaffActor actor, CancellationToken ct = default)
    {
        if (culture == PortalCulture.SourceKey || await VersionsAsync(pageId, PortalCulture.SourceKey, actor, ct) is not { } source)
        {
            return null;
        }

        var translation = await db.PageVariants.AsNoTracking().FirstOrDefaultAsync(v => v.PageId == pageId && v.Culture == culture, ct);
        if (translation?.SourceFingerprint is not { } fingerprint || fingerprint == source.Variant.Fingerprint)
        {
            return null;
        }

        var then = source.Versions.FirstOrDefault(v => TextFingerprint.Of(v.Title, v.Body) == fingerprint);
        return then is null ? null : new SourceChange(then.Title, then.Body, then.CreatedAt, source.Variant.Title, source.Variant.Body);
    }

    public async Task<bool> MayEditAsync(StaffActor actor, Guid? municipalityId, CancellationToken ct = default)
    {
        if (municipalityId is null)
        {
            return actor.IsAdministrator;
        }

        var scope = await _scopes.MunicipalitiesAsync(actor.UserId, actor.IsAdministrator, ct);
        return scope is null || scope.Contains(municipalityId.Value);
    }

    public async Task<OperationResult<Page>> CreateAsync(CreatePage command, StaffActor actor, CancellationToken ct = default)
    {
        if (!await MayEditAsync(actor, command.MunicipalityId, ct))
        {
            return OperationResult.NotFound;
        }

        var validator = new Validator()
            .Required("Slug", command.Slug, "Adresse (Slug)")
            .Slug("Slug", command.Slug, "Adresse (Slug)");
        ValidateText(validator, command.Title, command.Body);
        if (command.MunicipalityId is { } municipalityId && !await db.Municipalities.AnyAsync(m => m.Id == municipalityId, ct))
        {
            validator.Add("MunicipalityId", Messages.Get("UnknownMunicipality"));
        }

        if (command.ParentId is { } parentId)
        {
            var parent = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == parentId, ct);
            if (parent is null || parent.MunicipalityId != command.MunicipalityId)
            {
                validator.Add("ParentId", Messages.Get("InvalidParentPage"));
            }
        }

        if (validator.IsValid && await SlugTakenAsync(command.MunicipalityId, command.ParentId, command.Slug, null, ct))
        {
            validator.Add("Slug", Messages.Get("SlugTaken"));
        }

        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        var now = Clock.UtcNow(time);
        var page = new Page
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = command.MunicipalityId,
            ParentId = command.ParentId,
            Slug = command.Slug,
            SortOrder = command.SortOrder,
            CreatedAt = now,
        };
        db.Pages.Add(page);
        AddVariant(page, PortalCulture.SourceKey, TextFingerprint.NormalizeTitle(command.Title), TextFingerprint.NormalizeBody(command.Body), null, actor.Name, now);
        await db.SaveChangesAsync(ct);
        return OperationResult<Page>.Ok(page);
    }

    public async Task<OperationResult> UpdateStructureAsync(Guid pageId, string slug, int sortOrder, StaffActor actor, CancellationToken ct = default)
    {
        var page = await db.Pages.FirstOrDefaultAsync(p => p.Id == pageId, ct);
        if (page is null || !await MayEditAsync(actor, page.MunicipalityId, ct))
        {
            return OperationResult.NotFound;
        }

        var validator = new Validator().Required("Slug", slug, "Adresse (Slug)").Slug("Slug", slug, "Adresse (Slug)");
        if (validator.IsValid && await SlugTakenAsync(page.MunicipalityId, page.ParentId, slug, page.Id, ct))
        {
            validator.Add("Slug", Messages.Get("SlugTaken"));
        }

        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        page.Slug = slug;
        page.SortOrder = sortOrder;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>
    /// Saves the draft of a variant; the live page does not change until it is published, which
    /// <see cref="SaveVariant.Publish"/> does in the same transaction.
    /// </summary>
    public async Task<OperationResult<PageVariant>> SaveAsync(SaveVariant command, StaffActor actor, CancellationToken ct = default)
    {
        if (!PortalCulture.IsKnown(command.Culture))
        {
            return OperationResult.Invalid("Culture", Messages.Get("UnknownCulture"));
        }

        var validator = new Validator();
        ValidateText(validator, command.Title, command.Body);
        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        var page = await LoadAsync(command.PageId, ct);
        if (page is null || !await MayEditAsync(actor, page.MunicipalityId, ct))
        {
            return OperationResult.NotFound;
        }

        var source = page.Variant(PortalCulture.SourceKey);
        if (command.Culture != PortalCulture.SourceKey && source is null)
        {
            return OperationResult.Invalid("Culture", Messages.Get("TranslationNeedsSource"));
        }

        var now = Clock.UtcNow(time);
        var (title, body) = (TextFingerprint.NormalizeTitle(command.Title), TextFingerprint.NormalizeBody(command.Body));
        var sourceFingerprint = command.Culture == PortalCulture.SourceKey ? null : source!.Fingerprint;
        var variant = page.Variant(command.Culture);
        if (variant is null)
        {
            variant = AddVariant(page, command.Culture, title, body, sourceFingerprint, actor.Name, now);
        }
        else if (variant.Title != title || variant.Body != body)
        {
            ChangeText(variant, title, body, "saved", actor.Name, now);
        }

        // Saving a translation vouches that it matches the current German text.
        variant.SourceFingerprint = sourceFingerprint;
        if (command.Publish)
        {
            Publish(variant, now);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<PageVariant>.Ok(variant);
    }

    public async Task<OperationResult> PublishAsync(Guid pageId, string culture, StaffActor actor, CancellationToken ct = default)
    {
        var variant = await FindVariantAsync(pageId, culture, actor, ct);
        if (variant is null)
        {
            return OperationResult.NotFound;
        }

        Publish(variant, Clock.UtcNow(time));
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> UnpublishAsync(Guid pageId, string culture, StaffActor actor, CancellationToken ct = default)
    {
        var variant = await FindVariantAsync(pageId, culture, actor, ct);
        if (variant is null)
        {
            return OperationResult.NotFound;
        }

        Unpublish(variant);
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> ScheduleAsync(SchedulePage command, StaffActor actor, CancellationToken ct = default)
    {
        var variant = await FindVariantAsync(command.PageId, command.Culture, actor, ct);
        if (variant is null)
        {
            return OperationResult.NotFound;
        }

        var now = Clock.UtcNow(time);
        var validator = new Validator();
        if (command.PublishAt is { } publishAt && publishAt <= now)
        {
            validator.Add("PublishAt", Messages.Get("ScheduleInPast"));
        }

        if (command.UnpublishAt is { } unpublishAt && unpublishAt <= (command.PublishAt ?? now))
        {
            validator.Add("UnpublishAt", Messages.Get("UnpublishBeforePublish"));
        }

        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        variant.PublishAt = command.PublishAt;
        variant.UnpublishAt = command.UnpublishAt;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>Makes an older version the current text again; the history keeps everything in between.</summary>
    public async Task<OperationResult> RollbackAsync(Guid pageId, string culture, int revision, bool publish, StaffActor actor, CancellationToken ct = default)
    {
        var variant = await FindVariantAsync(pageId, culture, actor, ct);
        if (variant is null)
        {
            return OperationResult.NotFound;
        }

        var version = await db.PageVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.PageVariantId == variant.Id && v.Revision == revision, ct);
        if (version is null)
        {
            return OperationResult.NotFound;
        }

        var now = Clock.UtcNow(time);
        if (variant.Title != version.Title || variant.Body != version.Body)
        {
            ChangeText(variant, version.Title, version.Body, $"rollback:{revision}", actor.Name, now);
        }

        if (publish)
        {
            Publish(variant, now);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> DeleteAsync(Guid pageId, StaffActor actor, CancellationToken ct = default)
    {
        var page = await db.Pages.FirstOrDefaultAsync(p => p.Id == pageId, ct);
        if (page is null || !await MayEditAsync(actor, page.MunicipalityId, ct))
        {
            return OperationResult.NotFound;
        }

        if (await db.Pages.AnyAsync(p => p.ParentId == pageId, ct))
        {
            return OperationResult.Conflict("Page", Messages.Get("PageHasChildren"));
        }

        db.Pages.Remove(page);
        db.Tombstones.Add(new Tombstone { Id = page.Id, ItemType = ItemTypes.Page, Alias = page.Slug, DeletedAt = Clock.UtcNow(time) });
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>Publishes and unpublishes what is due; called by the scheduler on every node (idempotent).</summary>
    public async Task<int> ApplyScheduleAsync(CancellationToken ct = default)
    {
        var now = Clock.UtcNow(time);
        var due = await db.PageVariants
            .Where(v => (v.PublishAt != null && v.PublishAt <= now) || (v.UnpublishAt != null && v.UnpublishAt <= now))
            .ToListAsync(ct);
        foreach (var variant in due)
        {
            if (variant.PublishAt <= now)
            {
                Publish(variant, now);
            }

            if (variant.UnpublishAt <= now)
            {
                Unpublish(variant);
            }
        }

        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    public static TranslationStatus TranslationStatusOf(Page page, string culture)
    {
        var variant = page.Variant(culture);
        if (variant is null)
        {
            return TranslationStatus.Missing;
        }

        var source = page.Variant(PortalCulture.SourceKey);
        return culture == PortalCulture.SourceKey || source is null || variant.SourceFingerprint == source.Fingerprint
            ? TranslationStatus.UpToDate
            : TranslationStatus.Outdated;
    }

    internal static void Publish(PageVariant variant, DateTime now)
    {
        variant.PublishedTitle = variant.Title;
        variant.PublishedBody = variant.Body;
        variant.PublishedRevision = variant.Revision;
        variant.PublishedAt = now;
        variant.PublishAt = null;
    }

    private static void Unpublish(PageVariant variant)
    {
        variant.PublishedTitle = null;
        variant.PublishedBody = null;
        variant.PublishedRevision = null;
        variant.PublishedAt = null;
        variant.UnpublishAt = null;
    }

    private PageVariant AddVariant(Page page, string culture, string title, string body, string? sourceFingerprint, string? user, DateTime now)
    {
        var variant = new PageVariant
        {
            Id = Guid.CreateVersion7(),
            PageId = page.Id,
            Culture = culture,
            Title = title,
            Body = body,
            Revision = 1,
            SourceFingerprint = sourceFingerprint,
            UpdatedAt = now,
        };
        page.Variants.Add(variant);
        db.PageVariants.Add(variant);
        db.PageVersions.Add(NewVersion(variant, "created", user, now));
        return variant;
    }

    internal void ChangeText(PageVariant variant, string title, string body, string reason, string? user, DateTime now)
    {
        variant.Title = title;
        variant.Body = body;
        variant.Revision++;
        variant.UpdatedAt = now;
        db.PageVersions.Add(NewVersion(variant, reason, user, now));
    }

    private static PageVersion NewVersion(PageVariant variant, string reason, string? user, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        PageVariantId = variant.Id,
        Revision = variant.Revision,
        Title = variant.Title,
        Body = variant.Body,
        CreatedAt = now,
        CreatedBy = user,
        Reason = reason,
    };

    private static void ValidateText(Validator validator, string? title, string? body) =>
        validator.Required("Title", title, "Titel")
            .MaxLength("Title", title, MaxTitleLength, "Titel")
            .MaxLength("Body", body, MaxBodyLength, "Text");

    private Task<Page?> LoadAsync(Guid pageId, CancellationToken ct) =>
        db.Pages.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == pageId, ct);

    private async Task<PageVariant?> FindVariantAsync(Guid pageId, string culture, StaffActor actor, CancellationToken ct)
    {
        var variant = await db.PageVariants.Include(v => v.Page).FirstOrDefaultAsync(v => v.PageId == pageId && v.Culture == culture, ct);
        return variant is not null && await MayEditAsync(actor, variant.Page!.MunicipalityId, ct) ? variant : null;
    }

    private Task<bool> SlugTakenAsync(Guid? municipalityId, Guid? parentId, string slug, Guid? except, CancellationToken ct) =>
        db.Pages.AnyAsync(p => p.MunicipalityId == municipalityId && p.ParentId == parentId && p.Slug == slug && p.Id != except, ct);
}
