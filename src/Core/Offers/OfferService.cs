using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.ChangeLog;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Offers;

/// <summary>
/// Saves and deletes offers. Each change and the indexing task that tells every node's index about it are one
/// transaction, so the index can never miss a change nor index one that was rolled back. Every write names its
/// <see cref="StaffActor"/>: an offer belongs to the staff of the municipalities it serves (see <see cref="CheckScopeAsync"/>).
/// </summary>
public sealed class OfferService(PortalDbContext db, TimeProvider time)
{
    private readonly StaffScope scopes = new(db);

    public Task<Offer?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Offers.Include(o => o.Texts).Include(o => o.Municipalities).FirstOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>The offer if the actor may change it; one outside their municipalities does not exist for them.</summary>
    public async Task<Offer?> FindForEditAsync(Guid id, StaffActor actor, CancellationToken ct = default) =>
        await InScope(db.Offers.Include(o => o.Texts).Include(o => o.Municipalities), await scopes.MunicipalitiesAsync(actor, ct))
            .FirstOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>The offers with these slugs that the actor may change (CSV import: a row updates only those).</summary>
    public async Task<List<Offer>> FindForEditAsync(IReadOnlyCollection<string> slugs, StaffActor actor, CancellationToken ct = default) =>
        await InScope(db.Offers.Include(o => o.Texts).Include(o => o.Municipalities), await scopes.MunicipalitiesAsync(actor, ct))
            .Where(o => slugs.Contains(o.Slug)).ToListAsync(ct);

    public Task<Offer?> FindPublishedAsync(string slug, CancellationToken ct = default) =>
        db.Offers.AsNoTracking().Include(o => o.Texts).Include(o => o.Municipalities)
            .FirstOrDefaultAsync(o => o.Slug == slug && o.Status == OfferStatus.Published, ct);

    public async Task<OperationResult> SaveAsync(Offer offer, StaffActor actor, CancellationToken ct = default)
    {
        Normalize(offer);
        if (await CheckScopeAsync(offer, await scopes.MunicipalitiesAsync(actor, ct), ct) is { } outside)
        {
            return outside;
        }

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
    public async Task<OperationResult> SaveAllAsync(IReadOnlyList<Offer> batch, StaffActor actor, CancellationToken ct = default)
    {
        var now = Clock.UtcNow(time);
        var scope = await scopes.MunicipalitiesAsync(actor, ct);
        foreach (var offer in batch)
        {
            Normalize(offer);
            if (await CheckScopeAsync(offer, scope, ct) is { } outside)
            {
                // An offer outside the actor's municipalities does not exist for them: its address is simply taken.
                db.ChangeTracker.Clear();
                return outside.Status == OperationStatus.NotFound
                    ? OperationResult.Invalid("Slug", Messages.Get("SlugTaken") + " " + offer.Slug)
                    : OperationResult.Invalid(outside.Errors.Select(e => e with { Message = $"{e.Message} ({offer.Slug})" }).ToList());
            }

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

    public async Task<OperationResult> DeleteAsync(Guid id, StaffActor actor, CancellationToken ct = default)
    {
        var offer = await InScope(db.Offers, await scopes.MunicipalitiesAsync(actor, ct)).FirstOrDefaultAsync(o => o.Id == id, ct);
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

    /// <summary>
    /// Someone confirmed the offer is still as described ("heute geprüft"): its check date becomes today in Germany.
    /// Like every write, only within the actor's municipalities; one outside them answers "not found" and stays as it was.
    /// </summary>
    public async Task<OperationResult> MarkCheckedAsync(Guid id, StaffActor actor, CancellationToken ct = default)
    {
        var offer = await InScope(db.Offers, await scopes.MunicipalitiesAsync(actor, ct)).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null)
        {
            return OperationResult.NotFound;
        }

        var now = Clock.UtcNow(time);
        offer.LastCheckedOn = Clock.TodayInGermany(time);
        offer.UpdatedAt = now;
        db.IndexingTasks.Add(new IndexingTask { OfferId = id, CreatedAt = now });
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>
    /// The scope rule of every write path (form, API, CSV import): an existing offer outside the actor's
    /// municipalities answers "not found"; municipalities the actor does not work for can be neither added nor
    /// removed (an office may serve towns the editor does not, and they stay as they were). Null means "in scope".
    /// </summary>
    private async Task<OperationResult?> CheckScopeAsync(Offer offer, IReadOnlySet<Guid>? scope, CancellationToken ct)
    {
        if (scope is null)
        {
            return null;
        }

        var stored = offer.Id == Guid.Empty ? null : await db.Offers.AsNoTracking().Where(o => o.Id == offer.Id)
            .Select(o => o.Municipalities.Select(m => m.Id).ToList()).FirstOrDefaultAsync(ct);
        if (stored is not null && !stored.Any(scope.Contains))
        {
            return OperationResult.NotFound;
        }

        stored ??= [];
        var kept = stored.Where(id => !scope.Contains(id) && offer.Municipalities.All(m => m.Id != id)).ToList();
        if (kept.Count > 0)
        {
            offer.Municipalities.AddRange(await db.Municipalities.Where(m => kept.Contains(m.Id)).ToListAsync(ct));
        }

        return offer.Municipalities.Any(m => !scope.Contains(m.Id) && !stored.Contains(m.Id))
            ? OperationResult.Invalid("Municipalities", Messages.Get("OutsideScope"))
            : null;
    }

    private static IQueryable<Offer> InScope(IQueryable<Offer> offers, IReadOnlySet<Guid>? scope)
    {
        if (scope is null)
        {
            return offers;
        }

        var ids = scope.ToList();
        return offers.Where(o => o.Municipalities.Any(m => ids.Contains(m.Id)));
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
