using IntegrationsNetz.Core.ChangeLog;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.ContentFiles;

/// <summary>One import: the whole current state is loaded and tracked, files are applied to it, then saved at once.</summary>
internal sealed class ImportRun(PortalDbContext db, DateTime now, SyncReport report)
{
    private Dictionary<Guid, District> _districts = [];
    private Dictionary<Guid, Provider> _providers = [];
    private Dictionary<Guid, Municipality> _municipalities = [];
    private Dictionary<Guid, Cooperation> _cooperations = [];
    private Dictionary<Guid, Team> _teams = [];
    private Dictionary<Guid, Page> _pages = [];
    private Dictionary<Guid, Offer> _offers = [];
    private HashSet<Guid> _tombstones = [];

    public async Task LoadAsync(CancellationToken ct)
    {
        _districts = await db.Districts.ToDictionaryAsync(x => x.Id, ct);
        _providers = await db.Providers.ToDictionaryAsync(x => x.Id, ct);
        _municipalities = await db.Municipalities.ToDictionaryAsync(x => x.Id, ct);
        _cooperations = await db.Cooperations.Include(c => c.Municipalities).Include(c => c.Providers).ToDictionaryAsync(x => x.Id, ct);
        _teams = await db.Teams.Include(t => t.Municipalities).ToDictionaryAsync(x => x.Id, ct);
        _pages = await db.Pages.Include(p => p.Variants).ToDictionaryAsync(x => x.Id, ct);
        _offers = await db.Offers.Include(o => o.Texts).Include(o => o.Municipalities).ToDictionaryAsync(x => x.Id, ct);
        _tombstones = (await db.Tombstones.Select(t => t.Id).ToListAsync(ct)).ToHashSet();
    }

    public void Apply(SyncItem item)
    {
        switch (item)
        {
            case DistrictItem d:
                Upsert(_districts, d, () => new District { Id = d.Key, Name = d.Name, Slug = d.Alias },
                    e => e.Name == d.Name && e.Slug == d.Alias && e.OfficialKey == d.OfficialKey,
                    e => (e.Name, e.Slug, e.OfficialKey) = (d.Name, d.Alias, d.OfficialKey),
                    OrganisationRules.Validate);
                break;
            case ProviderItem p:
                Upsert(_providers, p, () => new Provider { Id = p.Key, Name = p.Name, Slug = p.Alias },
                    e => e.Name == p.Name && e.Slug == p.Alias && e.Email == p.Email && e.Website == p.Website,
                    e => (e.Name, e.Slug, e.Email, e.Website) = (p.Name, p.Alias, p.Email, p.Website),
                    OrganisationRules.Validate);
                break;
            case MunicipalityItem m:
                Known(_districts, m.District, m, "district");
                Upsert(_municipalities, m, () => new Municipality { Id = m.Key, Name = m.Name, Slug = m.Alias, OfficialKey = m.OfficialKey },
                    e => e.Name == m.Name && e.Slug == m.Alias && e.OfficialKey == m.OfficialKey && e.DistrictId == m.District
                         && e.Postcodes.Order().SequenceEqual(m.Postcodes.Order()) && e.Latitude.Equals(m.Latitude) && e.Longitude.Equals(m.Longitude),
                    e => (e.Name, e.Slug, e.OfficialKey, e.DistrictId, e.Postcodes, e.Latitude, e.Longitude) =
                         (m.Name, m.Alias, m.OfficialKey, m.District, m.Postcodes.ToList(), m.Latitude, m.Longitude),
                    OrganisationRules.Validate);
                break;
            case CooperationItem c:
                var members = c.Municipalities.Select(k => Known(_municipalities, k, c, "municipality")!).ToList();
                var providers = c.Providers.Select(k => Known(_providers, k, c, "provider")!).ToList();
                Upsert(_cooperations, c, () => new Cooperation { Id = c.Key, Name = c.Name, Slug = c.Alias },
                    e => e.Name == c.Name && e.Slug == c.Alias && e.Description == c.Description
                         && SameKeys(e.Municipalities.Select(x => x.Id), c.Municipalities) && SameKeys(e.Providers.Select(x => x.Id), c.Providers),
                    e => (e.Name, e.Slug, e.Description, e.Municipalities, e.Providers) = (c.Name, c.Alias, c.Description, members, providers),
                    OrganisationRules.Validate);
                break;
            case TeamItem t:
                Known(_districts, t.District, t, "district");
                Known(_providers, t.Provider, t, "provider");
                var served = t.Municipalities.Select(k => Known(_municipalities, k, t, "municipality")!).ToList();
                Upsert(_teams, t, () => new Team { Id = t.Key, Name = t.Name, Slug = t.Alias },
                    e => e.Name == t.Name && e.Slug == t.Alias && e.Kind == t.Kind && e.DistrictId == t.District && e.ProviderId == t.Provider
                         && SameKeys(e.Municipalities.Select(x => x.Id), t.Municipalities),
                    e => (e.Name, e.Slug, e.Kind, e.DistrictId, e.ProviderId, e.Municipalities) = (t.Name, t.Alias, t.Kind, t.District, t.Provider, served),
                    OrganisationRules.Validate);
                break;
            case PageItem p:
                ApplyPage(p);
                break;
            case OfferItem o:
                ApplyOffer(o);
                break;
        }
    }

    public void Delete(TombstoneItem t)
    {
        object? entity = t.ItemType switch
        {
            SyncItemTypes.District => _districts.GetValueOrDefault(t.Key),
            SyncItemTypes.Provider => _providers.GetValueOrDefault(t.Key),
            SyncItemTypes.Municipality => _municipalities.GetValueOrDefault(t.Key),
            SyncItemTypes.Cooperation => _cooperations.GetValueOrDefault(t.Key),
            SyncItemTypes.Team => _teams.GetValueOrDefault(t.Key),
            SyncItemTypes.Offer => _offers.GetValueOrDefault(t.Key),
            _ => _pages.GetValueOrDefault(t.Key),
        };
        if (entity is not null && db.Entry(entity).State == EntityState.Added)
        {
            throw new SyncFileException(t.Source.File, t.Source.Line, $"item {t.Key} is both deleted here and present in another file");
        }

        if (entity is not null)
        {
            db.Remove(entity);
            if (entity is Offer)
            {
                db.IndexingTasks.Add(new IndexingTask { OfferId = t.Key, CreatedAt = now });
            }
        }

        if (!_tombstones.Contains(t.Key))
        {
            db.Tombstones.Add(new Tombstone { Id = t.Key, ItemType = t.ItemType, Alias = t.Alias, DeletedAt = t.DeletedAt });
        }

        report.Add(entity is null ? SyncChange.Unchanged : SyncChange.Deleted, t.ItemType, t.Alias, t.Source.File);
    }

    public void CheckUniqueSlugs()
    {
        CheckUnique(_districts.Values.Select(x => (x.Id, x.Slug)), SyncItemTypes.District);
        CheckUnique(_providers.Values.Select(x => (x.Id, x.Slug)), SyncItemTypes.Provider);
        CheckUnique(_municipalities.Values.Select(x => (x.Id, x.Slug)), SyncItemTypes.Municipality);
        CheckUnique(_cooperations.Values.Select(x => (x.Id, x.Slug)), SyncItemTypes.Cooperation);
        CheckUnique(_teams.Values.Select(x => (x.Id, x.Slug)), SyncItemTypes.Team);
        CheckUnique(_offers.Values.Where(o => db.Entry(o).State != EntityState.Deleted).Select(x => (x.Id, x.Slug)), SyncItemTypes.Offer);
        CheckUnique(_pages.Values.Where(p => db.Entry(p).State != EntityState.Deleted)
            .Select(p => (p.Id, $"{p.MunicipalityId}/{p.ParentId}/{p.Slug}")), SyncItemTypes.Page);
    }

    private void CheckUnique(IEnumerable<(Guid Id, string Slug)> items, string type)
    {
        var clash = items.GroupBy(i => i.Slug, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new SyncFileException(SyncItemTypes.Folder(type), 0, $"two items use the alias '{clash.Key.Split('/')[^1]}': {string.Join(", ", clash.Select(c => c.Id))}");
        }
    }

    private void ApplyPage(PageItem item)
    {
        Known(_municipalities, item.Municipality, item, "municipality");
        if (item.Parent is { } parentKey)
        {
            var parent = Known(_pages, parentKey, item, "parent page")!;
            if (parent.MunicipalityId != item.Municipality)
            {
                throw Error(item, "the parent page belongs to another municipality");
            }
        }

        if (!Slugs.IsValid(item.Alias))
        {
            throw Error(item, Messages.Format("InvalidSlug", "Alias"));
        }

        if (item.Variants.All(v => v.Culture != PortalCulture.SourceKey))
        {
            throw Error(item, "a page needs a German variant (Culture=\"de\")");
        }

        var created = !_pages.TryGetValue(item.Key, out var page);
        if (page is null)
        {
            page = new Page { Id = item.Key, Slug = item.Alias, CreatedAt = now };
            _pages[item.Key] = page;
            db.Pages.Add(page);
        }

        var changed = page.MunicipalityId != item.Municipality || page.ParentId != item.Parent || page.Slug != item.Alias || page.SortOrder != item.SortOrder;
        (page.MunicipalityId, page.ParentId, page.Slug, page.SortOrder) = (item.Municipality, item.Parent, item.Alias, item.SortOrder);
        foreach (var variant in page.Variants.Where(v => item.Variants.All(f => f.Culture != v.Culture)).ToList())
        {
            page.Variants.Remove(variant);
            db.PageVariants.Remove(variant);
            changed = true;
        }

        foreach (var file in item.Variants)
        {
            changed |= ApplyVariant(page, file);
        }

        report.Add(created ? SyncChange.Created : changed ? SyncChange.Updated : SyncChange.Unchanged, item.Type, item.Alias, item.Source.File);
    }

    private void ApplyOffer(OfferItem item)
    {
        var file = item.Offer;
        file.Municipalities = item.Municipalities.Select(k => Known(_municipalities, k, item, "municipality")!).ToList();
        var validator = OfferRules.Validate(file);
        if (!validator.IsValid)
        {
            throw Error(item, string.Join(" ", validator.Errors.Select(e => e.Message)));
        }

        var created = !_offers.TryGetValue(item.Key, out var offer);
        if (offer is not null && offer.Kind != file.Kind)
        {
            throw Error(item, $"offer {item.Key} is a {offer.Kind} in the database and a {file.Kind} in the file");
        }

        if (offer is null)
        {
            offer = OfferSyncMapper.Create(file.Kind);
            offer.Id = item.Key;
            _offers[item.Key] = offer;
            db.Offers.Add(offer);
        }

        var changed = OfferSyncMapper.CopyFields(file, offer);
        if (offer.Slug != file.Slug)
        {
            offer.Slug = file.Slug;
            changed = true;
        }

        if (!offer.Municipalities.Select(m => m.Id).Order().SequenceEqual(item.Municipalities.Order()))
        {
            offer.Municipalities = file.Municipalities;
            changed = true;
        }

        changed |= ApplyTexts(offer, file.Texts);
        if (created || changed)
        {
            offer.UpdatedAt = now;
            db.IndexingTasks.Add(new IndexingTask { OfferId = offer.Id, CreatedAt = now });
        }

        report.Add(created ? SyncChange.Created : changed ? SyncChange.Updated : SyncChange.Unchanged, item.Type, item.Alias, item.Source.File);
    }

    private bool ApplyTexts(Offer offer, List<OfferText> texts)
    {
        var changed = false;
        foreach (var stale in offer.Texts.Where(t => texts.All(f => f.Culture != t.Culture)).ToList())
        {
            offer.Texts.Remove(stale);
            db.OfferTexts.Remove(stale);
            changed = true;
        }

        foreach (var text in texts)
        {
            var (title, description) = (TextFingerprint.NormalizeTitle(text.Title), TextFingerprint.NormalizeBody(text.Description));
            var existing = offer.Text(text.Culture);
            if (existing is null)
            {
                offer.Texts.Add(new OfferText { Id = Guid.CreateVersion7(), OfferId = offer.Id, Culture = text.Culture, Title = title, Description = description });
                changed = true;
            }
            else if (existing.Title != title || existing.Description != description)
            {
                (existing.Title, existing.Description) = (title, description);
                changed = true;
            }
        }

        return changed;
    }

    private bool ApplyVariant(Page page, PageVariantItem file)
    {
        var title = TextFingerprint.NormalizeTitle(file.Title);
        var body = TextFingerprint.NormalizeBody(file.Body);
        if (title.Length == 0)
        {
            throw new SyncFileException(file.Source.File, file.Source.Line, "<Title> must not be empty");
        }

        var variant = page.Variant(file.Culture);
        var changed = false;
        if (variant is null)
        {
            variant = new PageVariant { Id = Guid.CreateVersion7(), PageId = page.Id, Culture = file.Culture, Title = title, Body = body, Revision = 1, UpdatedAt = now };
            page.Variants.Add(variant);
            db.PageVariants.Add(variant);
            AddVersion(variant);
            changed = true;
        }
        else if (variant.Title != title || variant.Body != body)
        {
            (variant.Title, variant.Body, variant.UpdatedAt) = (title, body, now);
            variant.Revision++;
            AddVersion(variant);
            changed = true;
        }

        var publishedTitle = file.PublishedTitle is null ? null : TextFingerprint.NormalizeTitle(file.PublishedTitle);
        var publishedBody = file.PublishedBody is null ? null : TextFingerprint.NormalizeBody(file.PublishedBody);
        if (variant.PublishedTitle != publishedTitle || variant.PublishedBody != publishedBody || variant.PublishedAt != file.PublishedAt
            || variant.PublishAt != file.PublishAt || variant.UnpublishAt != file.UnpublishAt || variant.SourceFingerprint != file.TranslatedFrom)
        {
            (variant.PublishedTitle, variant.PublishedBody, variant.PublishedAt) = (publishedTitle, publishedBody, file.PublishedAt);
            (variant.PublishAt, variant.UnpublishAt, variant.SourceFingerprint) = (file.PublishAt, file.UnpublishAt, file.TranslatedFrom);
            variant.PublishedRevision = publishedTitle == title && publishedBody == body && publishedTitle is not null ? variant.Revision : null;
            changed = true;
        }

        return changed;
    }

    private void AddVersion(PageVariant variant) => db.PageVersions.Add(new PageVersion
    {
        Id = Guid.CreateVersion7(),
        PageVariantId = variant.Id,
        Revision = variant.Revision,
        Title = variant.Title,
        Body = variant.Body,
        CreatedAt = now,
        CreatedBy = "content import",
        Reason = "imported",
    });

    private void Upsert<T>(Dictionary<Guid, T> existing, SyncItem item, Func<T> create, Func<T, bool> same, Action<T> assign, Func<T, Validator> validate)
        where T : class
    {
        var created = !existing.TryGetValue(item.Key, out var entity);
        var changed = created || !same(entity!);
        if (created)
        {
            entity = create();
            existing[item.Key] = entity;
            db.Add(entity);
        }

        if (changed)
        {
            assign(entity!);
            var validator = validate(entity!);
            if (!validator.IsValid)
            {
                throw Error(item, string.Join(" ", validator.Errors.Select(e => e.Message)));
            }
        }

        report.Add(created ? SyncChange.Created : changed ? SyncChange.Updated : SyncChange.Unchanged, item.Type, item.Alias, item.Source.File);
    }

    private T? Known<T>(Dictionary<Guid, T> existing, Guid? key, SyncItem referrer, string what)
        where T : class =>
        key is not { } k ? null
        : existing.TryGetValue(k, out var entity) ? entity
        : throw Error(referrer, $"the {what} {k} is neither in the database nor in the files");

    private static bool SameKeys(IEnumerable<Guid> current, IEnumerable<Guid> wanted) => current.Order().SequenceEqual(wanted.Order());

    private static SyncFileException Error(SyncItem item, string reason) => new(item.Source.File, item.Source.Line, reason);
}
