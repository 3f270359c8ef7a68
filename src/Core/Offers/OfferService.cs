using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.ChangeLog;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Offers;

/// <summary>
/// Saves and deletes offers. Each change and the indexing task that tells every node's index about it are one
/// transaction, so the index can never miss a change nor index one that was rolled back.
/// </summary>
public sealed class OfferService(PortalDbContext db, TimeProvider time)
{
    public Task<Offer?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Offers.Include(o => o.Texts).Include(o => o.Municipalities).FirstOrDefaultAsync(o => o.Id == id, ct);

    public Task<Offer?> FindPublishedAsync(string slug, CancellationToken ct = default) =>
        db.Offers.AsNoTracking().Include(o => o.Texts).Include(o => o.Municipalities)
            .FirstOrDefaultAsync(o => o.Slug == slug && o.Status == OfferStatus.Published, ct);

    public async Task<OperationResult> SaveAsync(Offer offer, CancellationToken ct = default)
    {
        Normalize(offer);
        var validator = OfferRules.Validate(offer);
        if (validator.IsValid && await db.Offers.AnyAsync(o => o.Slug == offer.Slug && o.Id != offer.Id, ct))
        {
            validator.Add("Slug", Messages.Get("SlugTaken"));
        }

        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        if (db.Entry(offer).State == EntityState.Detached)
        {
            if (offer.Id == Guid.Empty)
            {
                offer.Id = Guid.CreateVersion7();
            }

            db.Offers.Add(offer);
        }

        foreach (var text in offer.Texts.Where(t => t.Id == Guid.Empty))
        {
            text.Id = Guid.CreateVersion7();
        }

        var now = Clock.UtcNow(time);
        offer.UpdatedAt = now;
        db.IndexingTasks.Add(new IndexingTask { OfferId = offer.Id, CreatedAt = now });
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>Saves several offers in one transaction: all of them or none (CSV import).</summary>
    public async Task<OperationResult> SaveAllAsync(IReadOnlyList<Offer> batch, CancellationToken ct = default)
    {
        var now = Clock.UtcNow(time);
        foreach (var offer in batch)
        {
            Normalize(offer);
            if (db.Entry(offer).State == EntityState.Detached)
            {
                offer.Id = offer.Id == Guid.Empty ? Guid.CreateVersion7() : offer.Id;
                db.Offers.Add(offer);
            }

            foreach (var text in offer.Texts.Where(t => t.Id == Guid.Empty))
            {
                text.Id = Guid.CreateVersion7();
            }

            offer.UpdatedAt = now;
            db.IndexingTasks.Add(new IndexingTask { OfferId = offer.Id, CreatedAt = now });
        }

        var slugs = batch.Select(o => o.Slug).ToList();
        var ids = batch.Select(o => o.Id).ToList();
        var taken = await db.Offers.Where(o => slugs.Contains(o.Slug) && !ids.Contains(o.Id)).Select(o => o.Slug).ToListAsync(ct);
        if (taken.Count > 0)
        {
            db.ChangeTracker.Clear();
            return OperationResult.Invalid("Slug", Messages.Get("SlugTaken") + " " + string.Join(", ", taken));
        }

        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null)
        {
            return OperationResult.NotFound;
        }

        var now = Clock.UtcNow(time);
        db.Offers.Remove(offer);
        db.Tombstones.Add(new Tombstone { Id = id, ItemType = ItemTypes.Offer, Alias = offer.Slug, DeletedAt = now });
        db.IndexingTasks.Add(new IndexingTask { OfferId = id, CreatedAt = now });
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    private static void Normalize(Offer offer)
    {
        offer.Slug = offer.Slug?.Trim() ?? string.Empty;
        foreach (var text in offer.Texts)
        {
            text.Title = text.Title?.Trim() ?? string.Empty;
            text.Description = Content.TextFingerprint.NormalizeBody(text.Description);
        }

        offer.Texts.RemoveAll(t => t.Culture != Content.PortalCulture.SourceKey && t.Title.Length == 0);
        offer.Tags = offer.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
    }
}
